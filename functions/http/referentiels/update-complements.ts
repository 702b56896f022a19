import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { referentielIdOf } from '#functions/services/referentiels/establishment-referentiel.ts';
import { updateComplements } from '#functions/services/referentiels/update-complements.ts';
import { complementsView } from './views.ts';

export const updateComplementsHandler = httpHandler(routeById('referentiels.update-complements'), async ({ caller, path, body }) => {
  const id = referentielIdOf(path.diploma);
  return complementsView(id, await updateComplements(dependencies(), caller.uai, caller.userId, id, body));
});
