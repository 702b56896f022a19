import { initialPasswordFor } from '#shared/domain/initial-passwords.ts';
import { workbook } from './spreadsheet.ts';

export interface LearnerLoginLine {
  lastName: string;
  firstName: string;
  login: string;
  birthDate: string | null;
  activated: boolean;
}

/** `2009-03-14` → `14/03/2009`, as a French spreadsheet shows a date. */
function frenchDate(isoDate: string | null): string {
  if (!isoDate) return '';
  const [year, month, day] = isoDate.split('-');
  return `${day}/${month}/${year}`;
}

/**
 * « Liste des identifiants des élèves » (guide 3.4): one row per learner of a class with the
 * login, the birth date and the initial password it gives (`jjmmaaaa`). Dates are written as
 * text so that no spreadsheet turns them into another format or drops the leading zero of the
 * password. The last column tells the administrator which learners already chose their own.
 */
export function learnerLoginsWorkbook(divisionLabel: string, learners: LearnerLoginLine[]): Promise<Uint8Array> {
  return workbook([
    {
      name: divisionLabel || 'Classe',
      columns: [
        { header: 'Nom', key: 'lastName', width: 24 },
        { header: 'Prénom', key: 'firstName', width: 20 },
        { header: 'Identifiant', key: 'login', width: 28 },
        { header: 'Date de naissance', key: 'birthDate', width: 18 },
        { header: 'Mot de passe initial', key: 'password', width: 20 },
        { header: 'Mot de passe déjà changé', key: 'activated', width: 24 },
      ],
      rows: learners.map((learner) => ({
        lastName: learner.lastName,
        firstName: learner.firstName,
        login: learner.login,
        birthDate: frenchDate(learner.birthDate),
        password: initialPasswordFor('apprenant', learner.birthDate) ?? '',
        activated: learner.activated ? 'oui' : 'non',
      })),
    },
  ]);
}
