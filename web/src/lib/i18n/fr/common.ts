/** Words used across the whole application. */
export const common = {
  appName: 'Cerise',
  /** Page title: "Accueil — Cerise". */
  title: (page: string) => `${page} — Cerise`,
  loading: 'Chargement…',
  networkError: 'Impossible de joindre le serveur. Vérifiez votre connexion puis réessayez.',
  unexpectedError: 'Une erreur inattendue est survenue. Réessayez ; si le problème persiste, contactez l’assistance.',
  sessionExpired: 'Votre session a expiré. Veuillez vous reconnecter.',
  signInFirst: 'Connectez-vous pour accéder à cette page.',
  signedOut: 'Déconnexion effectuée. À bientôt sur Cerise.',
  backHome: 'Retour à l’accueil',
  save: 'Enregistrer',
  retry: 'Réessayer',
  saving: 'Enregistrement…',
  required: 'obligatoire',
  skipToContent: 'Aller au contenu',
  notFoundTitle: 'Page introuvable',
  notFoundText: 'Cette adresse ne correspond à aucune page de Cerise. Vérifiez le lien que vous avez suivi.',
  forbiddenTitle: 'Accès refusé',
  forbiddenText: 'Votre profil ne donne pas accès à ce module.',
  errorTitle: 'Erreur',
  goToStart: 'Aller à la page d’accueil de Cerise',
} as const;
