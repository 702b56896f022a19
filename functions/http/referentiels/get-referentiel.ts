import { routeById } from '#shared/api/routes.ts';
import { httpHandler } from '#functions/platform/http.ts';
import { dependencies } from '#functions/platform/dependencies.ts';
import { establishmentReferentiel, referentielIdOf } from '#functions/services/referentiels/establishment-referentiel.ts';
import { referentielView } from './views.ts';

export const getReferentiel = httpHandler(routeById('referentiels.get'), async ({ caller, path }) => {
  const id = referentielIdOf(path.diploma);
  return referentielView(id, await establishmentReferentiel(dependencies(), caller.uai, id));
});
