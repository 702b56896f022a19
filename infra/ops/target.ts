import { readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { useLocalAccounts } from '../local/accounts.ts';
import { startEmbeddedStack } from '../local/stack.ts';

/**
 * Where an operator command acts: a deployed stack (its `cdk-outputs.json`), the running
 * `npm start` (attached through `.data/endpoints.json`), or the local data started just for
 * the command. Returns a function to call when done.
 */
export async function connectTarget(args: { outputs?: string; dataDir: string }): Promise<{ where: string; close(): Promise<void> }> {
  if (args.outputs) {
    const outputs = JSON.parse(await readFile(resolve(args.outputs), 'utf8')) as Record<string, Record<string, string>>;
    const stack = Object.values(outputs)[0];
    if (!stack) throw new Error(`${args.outputs} ne contient aucune sortie de pile.`);
    Object.assign(process.env, {
      ACCOUNTS_PROVIDER: 'cognito',
      TABLE_NAME: stack.TableName,
      USER_POOL_ID: stack.UserPoolId,
      USER_POOL_CLIENT_ID: stack.UserPoolClientId,
      IMPORTS_BUCKET: stack.ImportsBucket,
      FILES_BUCKET: stack.FilesBucket,
      MAIL_FROM: stack.MailFrom,
      APP_URL: stack.AppUrl,
    });
    return { where: `la pile déployée (${stack.AppUrl})`, close: async () => undefined };
  }

  const running = await readRunningEnv(args.dataDir);
  if (running) {
    Object.assign(process.env, running);
    useLocalAccounts();
    return { where: `Cerise en cours d’exécution (${running.APP_URL})`, close: async () => undefined };
  }
  const stack = await startEmbeddedStack({ port: 0, dataDir: args.dataDir, quiet: true, provisionDemo: false });
  return { where: `les données locales (${args.dataDir})`, close: () => stack.stop() };
}

async function readRunningEnv(dataDir: string): Promise<Record<string, string> | null> {
  try {
    const { pid, env } = JSON.parse(await readFile(join(dataDir, 'endpoints.json'), 'utf8')) as { pid: number; env: Record<string, string> };
    process.kill(pid, 0); // throws when that process is gone
    return env;
  } catch {
    return null;
  }
}
