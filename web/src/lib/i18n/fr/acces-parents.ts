import { plural } from '$lib/format.ts';

/** Gestion des accès parents (guide 3.5). */
export const accesParents = {
  title: 'Gestion des accès parents',
  heading: 'Gestion des accès parents',
  intro: 'Donnez aux responsables légaux l’accès à Cerise, classe par classe.',
  mailTip:
    'Pour recevoir les courriels de Cerise, les parents peuvent ajouter son adresse d’envoi à leurs contacts ; conseillez-leur aussi de regarder dans leurs courriers indésirables.',
  noDivision: 'Aucune classe pour le moment. Importez d’abord les fichiers depuis « Importer des fichiers ».',
  columns: {
    division: 'Classe',
    learners: 'Apprenants',
    guardians: 'Responsables',
    withEmail: 'Avec adresse électronique',
    access: 'Accès des parents',
  },
  openDivision: 'afficher le détail',
  give: 'Donner l’accès aux parents',
  given: '(Accès donné)',
  partial: 'Accès donné pour une partie des diplômes',
  detailHeading: (label: string) => `Classe ${label}`,
  backToList: 'Retour à la liste des classes',
  close: 'Fermer la classe',
  diplomaCounts: (learners: number, guardians: number, withEmail: number) =>
    `${plural(learners, 'apprenant', 'apprenants')}, ${plural(guardians, 'responsable', 'responsables')} dont ${withEmail} avec adresse électronique`,
  learnerColumns: { learner: 'Apprenant', guardian: 'Responsable', email: 'Adresse électronique', login: 'Identifiant', action: 'Action' },
  noGuardian: 'Aucun responsable connu',
  noEmail: 'Pas d’adresse',
  noLearner: 'Aucun apprenant.',
  reset: 'Réinitialiser',
  resetTitle: 'Réinitialiser le mot de passe ?',
  resetText: (name: string, email: string) => `Un nouveau mot de passe va être créé pour ${name} et envoyé à ${email}.`,
  resetting: 'Réinitialisation…',
  resetDone: (email: string) => `Un courriel a été envoyé à ${email}.`,
  openTitle: (what: string) => `Donner l’accès aux parents — ${what}`,
  openWhatDivision: (label: string) => `classe ${label}`,
  openWhatDiploma: (division: string, diploma: string) => `classe ${division}, ${diploma}`,
  openSend: (withEmail: number) =>
    withEmail === 0
      ? 'Aucun responsable concerné n’a d’adresse électronique : aucun courriel ne partira pour le moment.'
      : `Un courriel contenant l’adresse de Cerise, un identifiant et un mot de passe va être envoyé ${withEmail < 2 ? 'au responsable qui a' : `aux ${withEmail} responsables qui ont`} une adresse électronique.`,
  openSendRest:
    'Un courriel contenant l’adresse de Cerise, un identifiant et un mot de passe va être envoyé aux responsables de la classe qui ont une adresse électronique et n’ont pas encore reçu l’accès.',
  openLater: 'Les responsables sans adresse, ou ajoutés par un prochain import, recevront ce courriel automatiquement dès que leur adresse sera connue.',
  irreversible: 'Attention : cette opération est irréversible. Une fois l’accès donné, il n’est plus possible de le retirer aux parents.',
  opening: 'Envoi des courriels…',
  opened: (emailed: number, withoutEmail: number) =>
    `${plural(emailed, 'courriel envoyé', 'courriels envoyés')}, ${plural(withoutEmail, 'responsable sans adresse électronique', 'responsables sans adresse électronique')}.`,
} as const;
