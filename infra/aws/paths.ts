import { fileURLToPath } from 'node:url';

/**
 * The repository root, found from this file rather than the working directory, so that the
 * CDK app, the tests and any script can construct the stack from wherever they run.
 */
export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
