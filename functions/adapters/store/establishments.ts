import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { Missing, VersionConflict } from '#functions/services/ports/errors.ts';
import { withEstablishmentDefaults, type Establishment, type EstablishmentsPort } from '#functions/services/ports/establishments.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { awsErrorName, tableName, withoutKeys } from './table.ts';

export function establishmentItem(establishment: Establishment) {
  return { ...keys.establishment(establishment.uai), ...keys.establishmentsIndex(establishment.uai), entity: 'Establishment', ...establishment };
}

const toEstablishment = (item: Record<string, unknown>) => withEstablishmentDefaults(withoutKeys(item) as unknown as Establishment);

/** SET the given attributes (and bump the version), conditional on the item existing (and on its version). */
async function update(uai: string, changes: Record<string, unknown>, expectedVersion?: number): Promise<Establishment> {
  const names = Object.keys(changes);
  try {
    const { Attributes } = await documentClient().send(
      new UpdateCommand({
        TableName: tableName(),
        Key: keys.establishment(uai),
        UpdateExpression: `SET ${names.map((name) => `#${name} = :${name}`).join(', ')}, updatedAt = :now, version = version + :one`,
        ConditionExpression: expectedVersion === undefined ? 'attribute_exists(pk)' : 'attribute_exists(pk) AND version = :expected',
        ExpressionAttributeNames: Object.fromEntries(names.map((name) => [`#${name}`, name])),
        ExpressionAttributeValues: {
          ...Object.fromEntries(names.map((name) => [`:${name}`, changes[name]])),
          ':now': new Date().toISOString(),
          ':one': 1,
          ...(expectedVersion === undefined ? {} : { ':expected': expectedVersion }),
        },
        ReturnValues: 'ALL_NEW',
      }),
    );
    return toEstablishment(Attributes!);
  } catch (error) {
    if (awsErrorName(error) === 'ConditionalCheckFailedException') throw expectedVersion === undefined ? new Missing() : new VersionConflict();
    throw error;
  }
}

export const establishmentsStore: EstablishmentsPort = {
  async get(uai) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.establishment(uai) }));
    return Item ? toEstablishment(Item) : null;
  },

  updateDetails: (uai, details, expectedVersion) => update(uai, { ...details }, expectedVersion),

  async setImage(uai, kind, key) {
    const current = await establishmentsStore.get(uai);
    if (!current) throw new Missing();
    return update(uai, { images: { ...current.images, [kind]: key } }, current.version);
  },

  async markStaffImported(uai, at) {
    await update(uai, { staffImportedAt: at });
  },
};
