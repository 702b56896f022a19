import type { AppError } from '#shared/api/errors.ts';
import type { PortError } from './ports/errors.ts';

/**
 * Runs `write`; a port error of `kind` it meets becomes the refusal the caller knows it is.
 * @example await refusedAs(deps.scenarios.update(next, version), VersionConflict, () => new AppError('SCENARIO_CHANGED'))
 */
export async function refusedAs<T>(write: Promise<T>, kind: abstract new (...args: never[]) => PortError, refusal: () => AppError): Promise<T> {
  try {
    return await write;
  } catch (error) {
    if (error instanceof kind) throw refusal();
    throw error;
  }
}
