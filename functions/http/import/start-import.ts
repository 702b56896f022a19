import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { startImport } from '#functions/services/import/start-import.ts';

export const startImportHandler = httpHandler(routeById('import.start'), async ({ caller, body }) => startImport(dependencies(), caller, body));
