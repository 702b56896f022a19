import { TransactWriteCommand } from '@aws-sdk/lib-dynamodb';
import { AlreadyExists } from '#functions/services/ports/errors.ts';
import type { ProvisioningPort } from '#functions/services/ports/provisioning.ts';
import { documentClient } from './dynamo.ts';
import { establishmentItem } from './establishments.ts';
import { keys } from './keys.ts';
import { awsErrorName, tableName } from './table.ts';
import { createUserPuts } from './users.ts';

export const provisioningStore: ProvisioningPort = {
  async createEstablishmentWithAdmin(establishment, admin) {
    try {
      await documentClient().send(
        new TransactWriteCommand({
          TransactItems: [
            { Put: { TableName: tableName(), Item: establishmentItem(establishment), ConditionExpression: 'attribute_not_exists(pk)' } },
            ...createUserPuts(admin),
          ],
        }),
      );
    } catch (error) {
      if (awsErrorName(error) === 'TransactionCanceledException') throw new AlreadyExists('establishment');
      throw error;
    }
  },

  async removeEstablishmentWithAdmin(establishment, admin) {
    await documentClient().send(
      new TransactWriteCommand({
        TransactItems: [
          { Delete: { TableName: tableName(), Key: keys.establishment(establishment.uai) } },
          { Delete: { TableName: tableName(), Key: keys.user(admin.uai, admin.userId) } },
          { Delete: { TableName: tableName(), Key: keys.login(admin.uai, admin.login) } },
        ],
      }),
    );
  },
};
