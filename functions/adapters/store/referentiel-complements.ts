import { GetCommand, PutCommand } from '@aws-sdk/lib-dynamodb';
import { VersionConflict } from '#functions/services/ports/errors.ts';
import type { ReferentielComplementsPort, StoredComplements } from '#functions/services/ports/referentiel-complements.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';

/** One item per establishment and diploma; the whole item is rewritten on save, guarded by its version. */
export const referentielComplementsStore: ReferentielComplementsPort = {
  async get(uai, diploma) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.referentielComplements(uai, diploma) }));
    return Item ? (withoutKeys(Item) as unknown as StoredComplements) : null;
  },

  async put(uai, complements, expectedVersion) {
    try {
      await documentClient().send(
        new PutCommand({
          TableName: tableName(),
          Item: { ...keys.referentielComplements(uai, complements.diploma), entity: 'ReferentielComplements', ...complements },
          ConditionExpression: expectedVersion === null ? 'attribute_not_exists(pk)' : 'version = :expected',
          ...(expectedVersion === null ? {} : { ExpressionAttributeValues: { ':expected': expectedVersion } }),
        }),
      );
      return complements;
    } catch (error) {
      if (awsErrorName(error) === 'ConditionalCheckFailedException') throw new VersionConflict();
      throw error;
    }
  },
};
