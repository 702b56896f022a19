import { dispatch } from '#functions/platform/dispatch.ts';
import { getEstablishment } from './get-establishment.ts';
import { updateEstablishment } from './update-establishment.ts';

export const handler = dispatch({
  'parametres.get-establishment': getEstablishment,
  'parametres.update-establishment': updateEstablishment,
});
