import { PASSWORD_POLICY } from '#shared/domain/account-policy.ts';

/** Mon compte (guide 2.2). */
export const compte = {
  title: 'Mon compte',
  heading: 'Mon compte',
  identity: {
    heading: 'Identité',
    name: 'Nom',
    login: 'Identifiant',
    profile: 'Profil',
    establishment: 'Établissement',
    email: 'Adresse électronique',
    noEmail: 'Non renseignée',
  },
  email: {
    heading: 'Changer d’adresse électronique',
    help: 'Elle permet de vous envoyer vos identifiants et de réinitialiser votre mot de passe.',
    label: 'Nouvelle adresse électronique',
    invalid: 'Saisissez une adresse électronique valide (ex. prenom.nom@exemple.fr).',
    submit: 'Changer d’adresse',
    saved: 'Votre adresse électronique a été enregistrée.',
  },
  password: {
    heading: 'Changer de mot de passe',
    rule: `Lettres et/ou chiffres, ${PASSWORD_POLICY.minLength} caractères minimum ; ni votre identifiant, ni votre date de naissance, ni un mot de passe courant (azerty, 123456…).`,
    currentLabel: 'Mot de passe actuel',
    newLabel: 'Nouveau mot de passe',
    confirmLabel: 'Confirmation du nouveau mot de passe',
    missingCurrent: 'Saisissez votre mot de passe actuel.',
    submit: 'Changer de mot de passe',
    saved: 'Votre mot de passe a été changé.',
  },
} as const;
