import { dispatch } from '#functions/platform/dispatch.ts';
import { getDivision } from './get-division.ts';
import { listDivisions } from './list-divisions.ts';
import { openAccess } from './open-access.ts';
import { resetPassword } from './reset-password.ts';

export const handler = dispatch({
  'acces-parents.divisions': listDivisions,
  'acces-parents.division': getDivision,
  'acces-parents.open': openAccess,
  'acces-parents.reset-password': resetPassword,
});
