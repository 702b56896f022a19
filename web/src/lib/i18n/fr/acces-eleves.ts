import { plural } from '$lib/format.ts';

/** Gestion des accès élèves (guide 3.4). */
export const accesEleves = {
  title: 'Gestion des accès élèves',
  heading: 'Gestion des accès élèves',
  intro: 'Identifiants des apprenants d’une classe, et réinitialisation de leur mot de passe.',
  division: 'Classe',
  chooseDivision: 'Choisissez une classe',
  divisionOption: (label: string, learners: number) => `${label} (${plural(learners, 'apprenant', 'apprenants')})`,
  noDivision: 'Aucune classe pour le moment. Importez d’abord les fichiers depuis « Importer des fichiers ».',
  passwordRule: 'Le mot de passe initial d’un apprenant est sa date de naissance sous la forme jjmmaaaa (05092008 pour le 5 septembre 2008).',
  logins: 'Liste des identifiants des élèves',
  noLearner: 'Aucun apprenant dans cette classe.',
  withoutDivisionHint:
    'Ces apprenants ont été importés sans classe (aucune dans SIECLE, ou la division « Inactifs ») : leurs identifiants et leurs mots de passe se gèrent ici. Pour les rattacher à une classe, affectez-les dans SIECLE puis refaites un import.',
  columns: {
    check: 'Marquer',
    lastName: 'Nom',
    firstName: 'Prénom',
    login: 'Identifiant',
    birthDate: 'Date de naissance',
    activated: 'Connexion',
  },
  checkAll: 'Tout cocher',
  checkOne: (name: string) => `Marquer ${name}`,
  noBirthDate: 'Non renseignée',
  activated: 'Déjà connecté',
  notActivated: 'Jamais connecté',
  marked: (count: number) => plural(count, 'compte marqué', 'comptes marqués'),
  reset: 'Réinitialiser tous les comptes marqués',
  resetTitle: 'Réinitialiser les comptes marqués ?',
  resetText: (count: number) =>
    `Le mot de passe ${count < 2 ? 'de l’apprenant marqué' : `des ${count} apprenants marqués`} redevient sa date de naissance, sous la forme jjmmaaaa.`,
  resetNothingElse: 'Rien d’autre ne change : l’identifiant, les évaluations et le passeport restent tels quels.',
  resetWithoutBirthDate: (count: number) =>
    `${plural(count, 'apprenant marqué n’a', 'apprenants marqués n’ont')} pas de date de naissance : ${count < 2 ? 'son' : 'leur'} mot de passe ne pourra pas être réinitialisé.`,
  resetting: 'Réinitialisation…',
  resetDone: (count: number) =>
    count === 0
      ? 'Aucun mot de passe n’a été réinitialisé.'
      : `${plural(count, 'mot de passe réinitialisé', 'mots de passe réinitialisés')} : ${count < 2 ? 'il correspond' : 'ils correspondent'} à la date de naissance (jjmmaaaa).`,
  withoutBirthDate:
    'Ces apprenants n’ont pas de date de naissance dans SIECLE : leur compte n’a pas pu être réinitialisé. Complétez SIECLE puis refaites un import.',
} as const;
