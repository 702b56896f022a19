import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { importResultFile } from '#functions/services/import/result-file.ts';

/** The whole result (every line, with logins and initial passwords) as a spreadsheet. */
export const resultFile = httpHandler(routeById('import.result-file'), async ({ caller, path }) => importResultFile(dependencies(), caller.uai, path.importId));
