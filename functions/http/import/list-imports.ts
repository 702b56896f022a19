import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { listImports as listRuns } from '#functions/services/import/list-imports.ts';

export const listImports = httpHandler(routeById('import.list'), async ({ caller }) => listRuns(dependencies(), caller.uai));
