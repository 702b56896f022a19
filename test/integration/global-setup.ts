import type { TestProject } from 'vitest/node';
import { rmSync } from 'node:fs';
import { startEmbeddedStack } from '../../infra/local/stack.ts';
import { webBuildStandIn } from '../support/web-build-stand-in.ts';

export interface StackContext {
  url: string;
  sesEndpoint: string;
  env: Record<string, string>;
}

declare module 'vitest' {
  export interface ProvidedContext {
    stack: StackContext;
  }
}

/**
 * One embedded stack (in memory, free ports) for the integration tests. Tests reach the
 * handlers over HTTP through the local gateway, and may call services directly after
 * `useStack()` has pointed their process at the same emulators. The SPA it serves is a stand-in:
 * the level runs without a web build (the e2e level tests the real one).
 */
export default async function setup(project: TestProject) {
  const webBuildDir = webBuildStandIn();
  const stack = await startEmbeddedStack({ port: 0, quiet: true, provisionDemo: true, webBuildDir });
  project.provide('stack', { url: stack.url, sesEndpoint: stack.sesEndpoint, env: stack.env });
  return async () => {
    await stack.stop();
    rmSync(webBuildDir, { recursive: true, force: true });
  };
}
