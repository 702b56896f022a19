import { config } from '#functions/platform/config.ts';

export function tableName(): string {
  return config().tableName;
}

/** The AWS SDK error name, for mapping conditional failures to our error codes. */
export function awsErrorName(error: unknown): string {
  return typeof error === 'object' && error !== null && 'name' in error ? String((error as { name: unknown }).name) : '';
}

/** Attributes that are keys or bookkeeping, stripped before an item becomes a domain record. */
export function withoutKeys<T extends Record<string, unknown>>(
  item: T,
): Omit<T, 'pk' | 'sk' | 'gsi1pk' | 'gsi1sk' | 'gsi2pk' | 'gsi2sk' | 'gsi3pk' | 'gsi3sk' | 'entity' | 'expiresAt'> {
  const { pk, sk, gsi1pk, gsi1sk, gsi2pk, gsi2sk, gsi3pk, gsi3sk, entity, expiresAt, ...rest } = item;
  return rest;
}
