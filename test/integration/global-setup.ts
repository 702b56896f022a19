import type { TestProject } from 'vitest/node';
import { startEmbeddedStack } from '../../infra/local/stack.ts';

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
 * `useStack()` has pointed their process at the same emulators.
 */
export default async function setup(project: TestProject) {
  const stack = await startEmbeddedStack({ port: 0, quiet: true, provisionDemo: true });
  project.provide('stack', { url: stack.url, sesEndpoint: stack.sesEndpoint, env: stack.env });
  return () => stack.stop();
}
