import { GetCommand, UpdateCommand } from '@aws-sdk/lib-dynamodb';
import { isDiplomaId, type DiplomaId } from '#shared/domain/diplomas.ts';
import type { EvaluationCodeSettings } from '#shared/domain/evaluation-codes.ts';
import type { InputMaskOverrides } from '#shared/domain/input-masks.ts';
import type { PedagogySettingsPort } from '#functions/services/ports/pedagogy-settings.ts';
import { documentClient } from './dynamo.ts';
import { keys } from './keys.ts';
import { tableName } from './table.ts';

/** Each diploma's mask is its own top-level attribute, so saving one never overwrites another. */
const MASK_PREFIX = 'mask#';

/** SET one attribute of the settings item (created on first write), bumping its version. */
async function setAttribute(uai: string, name: string, value: unknown): Promise<void> {
  await documentClient().send(
    new UpdateCommand({
      TableName: tableName(),
      Key: keys.pedagogySettings(uai),
      UpdateExpression: 'SET #value = :value, entity = :entity, updatedAt = :now ADD version :one',
      ExpressionAttributeNames: { '#value': name },
      ExpressionAttributeValues: { ':value': value, ':entity': 'PedagogySettings', ':now': new Date().toISOString(), ':one': 1 },
    }),
  );
}

export const pedagogySettingsStore: PedagogySettingsPort = {
  async get(uai) {
    const { Item } = await documentClient().send(new GetCommand({ TableName: tableName(), Key: keys.pedagogySettings(uai) }));
    const masks: Partial<Record<DiplomaId, InputMaskOverrides>> = {};
    for (const [name, value] of Object.entries(Item ?? {})) {
      const diploma = name.startsWith(MASK_PREFIX) ? name.slice(MASK_PREFIX.length) : null;
      if (diploma && isDiplomaId(diploma)) masks[diploma] = value as InputMaskOverrides;
    }
    return { codes: (Item?.codes as EvaluationCodeSettings | undefined) ?? null, masks };
  },

  setCodes: (uai, codes) => setAttribute(uai, 'codes', codes),

  setMask: (uai, diploma, overrides) => setAttribute(uai, `${MASK_PREFIX}${diploma}`, overrides),
};
