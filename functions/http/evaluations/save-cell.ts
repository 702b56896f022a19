import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { saveCell as save } from '#functions/services/evaluations/save-cell.ts';

export const saveCell = httpHandler(routeById('evaluations.save-cell'), async ({ caller, path, body }) => save(dependencies(), caller, path.id, body));
