import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { App } from 'aws-cdk-lib';
import { Template } from 'aws-cdk-lib/assertions';
import { REPO_ROOT } from '../../infra/aws/paths.ts';
import { CeriseStack } from '../../infra/aws/stack.ts';
import { webBuildStandIn } from '../support/web-build-stand-in.ts';

export const TEST_APP_URL = 'https://cerise.test';
export const TEST_MAIL_DOMAIN = 'mail.cerise.test';
export const TEST_REGION = 'eu-west-3';

/** The feature flags of cdk.json, so that tests synthesise what `cdk synth` does. */
function cdkJsonContext(): Record<string, unknown> {
  const cdkJson = JSON.parse(readFileSync(join(REPO_ROOT, 'cdk.json'), 'utf8')) as { context?: Record<string, unknown> };
  return cdkJson.context ?? {};
}

export interface Synthesised {
  app: App;
  stack: CeriseStack;
  template: Template;
}

/**
 * Synthesises the stack as `cdk synth` would, except that by default esbuild bundling is skipped
 * (`aws:cdk:bundling-stacks: []`, the context key the CLI's `--exclusively`/bundling filter uses):
 * assets then point at the sources, and the template is otherwise identical. Bundling itself is
 * checked once, separately (bundling.test.ts).
 */
export function synthesise(options: { bundle?: boolean } = {}): Synthesised {
  const context: Record<string, unknown> = { ...cdkJsonContext() };
  if (!options.bundle) context['aws:cdk:bundling-stacks'] = [];
  const app = new App({ context });
  const stack = new CeriseStack(app, 'CeriseTest', {
    env: { account: '111111111111', region: TEST_REGION },
    webBuildDir: webBuildStandIn(),
    appUrl: TEST_APP_URL,
    mailDomain: TEST_MAIL_DOMAIN,
  });
  return { app, stack, template: Template.fromStack(stack) };
}
