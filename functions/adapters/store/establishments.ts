import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { AppError } from '#shared/api/errors.ts';
import type { Establishment, EstablishmentDetails, EstablishmentsPort } from '#functions/services/ports/establishments.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';

export function establishmentItem(establishment: Establishment) {
  return { ...keys.establishment(establishment.uai), ...keys.establishmentsIndex(establishment.uai), entity: 'Establishment', ...establishment };
}

export const establishmentsStore: EstablishmentsPort = {
  async get(uai) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.establishment(uai) }));
    return Item ? (withoutKeys(Item) as Establishment) : null;
  },

  async updateDetails(uai, details: EstablishmentDetails, expectedVersion) {
    try {
      const { Attributes } = await documentClient().send(
        new UpdateCommand({
          TableName: tableName(),
          Key: keys.establishment(uai),
          UpdateExpression: 'SET #name = :name, email = :email, address = :address, postalCode = :postalCode, city = :city, phone = :phone, updatedAt = :now, version = version + :one',
          ConditionExpression: expectedVersion === undefined ? 'attribute_exists(pk)' : 'attribute_exists(pk) AND version = :expected',
          ExpressionAttributeNames: { '#name': 'name' },
          ExpressionAttributeValues: {
            ':name': details.name,
            ':email': details.email,
            ':address': details.address,
            ':postalCode': details.postalCode,
            ':city': details.city,
            ':phone': details.phone,
            ':now': new Date().toISOString(),
            ':one': 1,
            ...(expectedVersion === undefined ? {} : { ':expected': expectedVersion }),
          },
          ReturnValues: 'ALL_NEW',
        }),
      );
      return withoutKeys(Attributes!) as Establishment;
    } catch (error) {
      if (awsErrorName(error) === 'ConditionalCheckFailedException') {
        throw new AppError(expectedVersion === undefined ? 'NOT_FOUND' : 'CONFLICT');
      }
      throw error;
    }
  },
};
