/** `npm run job:purge`: runs the daily job now, on the running `npm start` or on `.data/`. */
import { resolve } from 'node:path';
import { connectTarget } from '../ops/target.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
const target = await connectTarget({ dataDir: resolve(process.env.DATA_DIR ?? '.data') });
try {
  const { handler } = await import('#functions/events/purge.ts');
  const summary = await handler({ source: 'npm run job:purge', time: new Date().toISOString() });
  process.stdout.write(`Tâche quotidienne exécutée sur ${target.where} : ${JSON.stringify(summary)}\n`);
} finally {
  await target.close();
}
