import { dispatch } from '#functions/platform/dispatch.ts';
import { getDivision } from './get-division.ts';
import { listDivisions } from './list-divisions.ts';
import { loginsFile } from './logins-file.ts';
import { resetLearners } from './reset-learners.ts';

export const handler = dispatch({
  'acces-eleves.divisions': listDivisions,
  'acces-eleves.division': getDivision,
  'acces-eleves.logins-file': loginsFile,
  'acces-eleves.reset': resetLearners,
});
