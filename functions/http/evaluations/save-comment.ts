import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { saveComment as save } from '#functions/services/evaluations/save-comment.ts';

export const saveComment = httpHandler(routeById('evaluations.save-comment'), async ({ caller, path, body }) => save(dependencies(), caller, path.id, body));
