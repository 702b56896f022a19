import { dispatch } from '#functions/platform/dispatch.ts';
import { getComplements } from './get-complements.ts';
import { getReferentiel } from './get-referentiel.ts';
import { listReferentielsHandler } from './list-referentiels.ts';
import { updateComplementsHandler } from './update-complements.ts';

export const handler = dispatch({
  'referentiels.list': listReferentielsHandler,
  'referentiels.get': getReferentiel,
  'referentiels.get-complements': getComplements,
  'referentiels.update-complements': updateComplementsHandler,
});
