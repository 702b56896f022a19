import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { teacherLearners } from '#functions/services/evaluations/teacher-learners.ts';

export const listLearners = httpHandler(routeById('evaluations.learners'), async ({ caller }) => ({ learners: await teacherLearners(dependencies(), caller) }));
