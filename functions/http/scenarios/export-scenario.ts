import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { exportScenario as exportDocx } from '#functions/services/scenarios/export-scenario.ts';

export const exportScenario = httpHandler(routeById('scenarios.export-docx'), async ({ caller, path }) => exportDocx(dependencies(), caller, path.id));
