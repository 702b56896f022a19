import { inject } from 'vitest';
import { useLocalAccounts } from '#infra/local/accounts.ts';
import type { StackContext } from '../global-setup.ts';

/** The shared embedded stack; also points this test process's SDK clients at its emulators. */
export function useStack(): StackContext {
  const stack = inject('stack');
  Object.assign(process.env, stack.env, { LOG_LEVEL: 'silent' });
  useLocalAccounts();
  return stack;
}
