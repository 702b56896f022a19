import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { App, Annotations } from 'aws-cdk-lib';
import { STACK_NAME } from './outputs.ts';
import { REPO_ROOT } from './paths.ts';
import { CeriseStack } from './stack.ts';

/**
 * The CDK app (cdk.json). Settings come from CDK context (`cdk.json` or `-c key=value`):
 * - `appUrl`: public address of the app. Defaults to a placeholder: the distribution's own domain
 *   cannot be used without a dependency cycle (see CeriseStack). After the first deploy, run again
 *   with `-c appUrl=https://<AppUrl output>` or a custom domain pointed at the distribution;
 *   until then email links and browser uploads point at the placeholder.
 * - `mailDomain`: sending domain for SES (default `cerise.example.fr`, also a placeholder).
 * - `webBuildDir`: the built SPA (default `web/build`).
 */
const PLACEHOLDER_APP_URL = 'https://cerise.example.fr';
const DEFAULT_MAIL_DOMAIN = 'cerise.example.fr';

const app = new App();
const context = (key: string): string | undefined => {
  const value: unknown = app.node.tryGetContext(key);
  return typeof value === 'string' && value !== '' ? value : undefined;
};

const webBuildDir = resolve(REPO_ROOT, context('webBuildDir') ?? 'web/build');
if (!existsSync(join(webBuildDir, 'index.html'))) {
  console.error(`The web app is not built: ${join(webBuildDir, 'index.html')} is missing. Run \`npm run build:web\` first.`);
  process.exit(1);
}

const appUrl = context('appUrl');
const stack = new CeriseStack(app, STACK_NAME, {
  env: {
    account: process.env.CDK_DEFAULT_ACCOUNT,
    region: process.env.CDK_DEFAULT_REGION ?? 'eu-west-3',
  },
  description: 'Cerise: web app, API, accounts, data and jobs',
  webBuildDir,
  appUrl: (appUrl ?? PLACEHOLDER_APP_URL).replace(/\/$/, ''),
  mailDomain: context('mailDomain') ?? DEFAULT_MAIL_DOMAIN,
});
if (!appUrl) {
  Annotations.of(stack).addWarningV2(
    'cerise:placeholder-app-url',
    `appUrl is not set: email links and upload CORS use the placeholder ${PLACEHOLDER_APP_URL}. Deploy again with -c appUrl=https://<AppUrl output or custom domain>.`,
  );
}
