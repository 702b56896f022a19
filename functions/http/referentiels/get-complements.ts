import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { referentielIdOf, storedComplements } from '#functions/services/referentiels/establishment-referentiel.ts';
import { complementsView } from './views.ts';

export const getComplements = httpHandler(routeById('referentiels.get-complements'), async ({ caller, path }) => {
  const id = referentielIdOf(path.diploma);
  return complementsView(id, await storedComplements(dependencies(), caller.uai, id));
});
