/**
 * `npm start`: the whole product on this machine, data kept under `.data/`.
 * PORT (default 3000) and MAIL_PORT (default 8005) can be overridden.
 */
import { resolve } from 'node:path';
import { startEmbeddedStack } from './stack.ts';
import { ensureWebBuild } from './web-build.ts';
import { DEMO } from './demo.ts';

const startedAt = Date.now();
const root = resolve(import.meta.dirname, '../..');
process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.AWS_SDK_JS_SUPPRESS_MAINTENANCE_MODE_MESSAGE = '1';

const say = (line = '') => process.stdout.write(`${line}\n`);

await ensureWebBuild(root, say);
const stack = await startEmbeddedStack({
  port: Number(process.env.PORT ?? 3000),
  mailPort: Number(process.env.MAIL_PORT ?? 8005),
  dataDir: resolve(root, process.env.DATA_DIR ?? '.data'),
  provisionDemo: true,
  timers: true,
  quiet: process.env.LOG_LEVEL === undefined,
});

say();
say(`Cerise est prête en ${((Date.now() - startedAt) / 1000).toFixed(1)} s.`);
say(`  Application         ${stack.url}/${DEMO.uai}`);
say(`  Établissement démo  ${DEMO.name} (UAI ${DEMO.uai})${stack.demoProvisioned ? ' — créé à l’instant' : ''}`);
say(`  Administrateur      identifiant « ${DEMO.adminLogin} », mot de passe initial « ${DEMO.adminPassword} » (à changer à la première connexion)`);
say(`  Courriels envoyés   ${stack.mailViewerUrl}`);
say(`  Données             ${resolve(root, process.env.DATA_DIR ?? '.data')}`);
say('Ctrl+C pour arrêter.');

let stopping = false;
for (const signal of ['SIGINT', 'SIGTERM'] as const) {
  process.on(signal, () => {
    if (stopping) return;
    stopping = true;
    say('\nArrêt…');
    stack.stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}
