import { PASSWORD_POLICY } from '#shared/domain/account-policy.ts';

/** The welcome page, the login page and its new-password step (guide 2.1). */
export const auth = {
  welcome: {
    title: 'Bienvenue',
    heading: 'Bienvenue sur Cerise',
    tagline: 'Cerise permet aux équipes des lycées professionnels de suivre, tout au long de la formation, l’acquisition des compétences de leurs apprenants.',
    formHeading: 'Accéder à votre établissement',
    uaiLabel: 'Code de votre établissement (UAI)',
    uaiHint: '7 chiffres suivis d’une lettre, par exemple 0861234A. Il figure dans l’adresse reçue de votre établissement.',
    uaiInvalid: 'Le code UAI doit comporter 7 chiffres et une lettre (ex. 0861234A).',
    submit: 'Continuer',
  },
  login: {
    title: 'Connexion',
    unknownTitle: 'Établissement introuvable',
    unknownCode: (uai: string) => `Code saisi : ${uai}.`,
    unknownHelp: 'Le code de votre établissement figure dans l’adresse qu’il vous a communiquée.',
    otherCode: 'Saisir un autre code d’établissement',
    intro: 'Connectez-vous avec l’identifiant et le mot de passe communiqués par votre établissement.',
    loginLabel: 'Identifiant',
    passwordLabel: 'Mot de passe',
    showPassword: 'Afficher le mot de passe',
    submit: 'Valider',
    submitting: 'Connexion…',
    missingLogin: 'Saisissez votre identifiant.',
    missingPassword: 'Saisissez votre mot de passe.',
    lostPassword: 'Mot de passe perdu ? Demandez à l’administrateur de votre établissement de le réinitialiser.',
  },
  newPassword: {
    title: 'Nouveau mot de passe',
    heading: 'Choisissez votre mot de passe',
    intro: 'Pour votre première connexion, remplacez le mot de passe initial par un mot de passe personnel.',
    rule: `Lettres et/ou chiffres, ${PASSWORD_POLICY.minLength} caractères minimum ; ni votre identifiant, ni votre date de naissance, ni un mot de passe courant (azerty, 123456…).`,
    newLabel: 'Nouveau mot de passe',
    confirmLabel: 'Confirmation du mot de passe',
    mismatch: 'Les deux mots de passe ne sont pas identiques.',
    submit: 'Enregistrer et se connecter',
    submitting: 'Enregistrement…',
    cancel: 'Annuler et revenir à la connexion',
  },
} as const;
