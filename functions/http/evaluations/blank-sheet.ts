import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { blankSheet as sheet } from '#functions/services/evaluations/blank-sheet.ts';

export const blankSheet = httpHandler(routeById('evaluations.blank-sheet'), async ({ caller, path }) => sheet(dependencies(), caller, path.id));
