/**
 * Operator command: opens an establishment and its administrator.
 *   npm run establishment:create -- --uai 0861234A --name "Lycée …" --email direction@…
 *   … --outputs cdk-outputs.json   to act on the deployed stack instead of the local one.
 * The administrator's credentials are printed and emailed to the establishment's address.
 */
import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { emailSchema, uaiSchema } from '#shared/api/schemas/common.ts';
import { isAppError } from '#shared/api/errors.ts';
import { connectTarget } from './target.ts';

process.env.AWS_SDK_JS_NODE_VERSION_SUPPORT_WARNING_DISABLED = 'true';
process.env.LOG_LEVEL ??= 'silent';

const { values } = parseArgs({
  options: {
    uai: { type: 'string' },
    name: { type: 'string' },
    email: { type: 'string' },
    login: { type: 'string', default: 'admin' },
    outputs: { type: 'string' },
    data: { type: 'string', default: '.data' },
  },
});

function fail(message: string): never {
  process.stderr.write(`Erreur : ${message}\n`);
  process.exit(1);
}

const uai = uaiSchema.safeParse(values.uai ?? '');
if (!uai.success) fail(`--uai : ${uai.error.issues[0]?.message ?? 'code UAI invalide'}`);
const name = values.name?.trim();
if (!name) fail('--name : le nom de l’établissement est obligatoire.');
const email = values.email ? emailSchema.safeParse(values.email) : null;
if (email && !email.success) fail(`--email : ${email.error.issues[0]?.message ?? 'adresse invalide'}`);

const target = await connectTarget({ outputs: values.outputs, dataDir: resolve(values.data!) });
try {
  const { dependencies } = await import('#functions/platform/dependencies.ts');
  const { provisionEstablishment } = await import('#functions/services/establishments/provision-establishment.ts');
  const result = await provisionEstablishment(dependencies(), { uai: uai.data, name, email: email?.data ?? null, adminLogin: values.login!.toLowerCase() });
  process.stdout.write(
    [
      `Établissement créé dans ${target.where} :`,
      `  ${result.name} (UAI ${result.uai})`,
      `  Adresse de connexion : ${result.url}`,
      `  Identifiant : ${result.adminLogin}`,
      `  Mot de passe provisoire : ${result.temporaryPassword}`,
      result.emailed ? `  Identifiants envoyés à ${email?.data}.` : '  Aucune adresse électronique : transmettez ces identifiants vous-même.',
      '',
    ].join('\n'),
  );
} catch (error) {
  fail(isAppError(error) ? error.message : String(error));
} finally {
  await target.close();
}
