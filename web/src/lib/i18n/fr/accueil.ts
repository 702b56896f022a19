/** The home page of tiles (guide 2.3) and the header of every signed-in page. */
export const accueil = {
  title: 'Accueil',
  heading: 'Accueil',
  modulesLabel: 'Vos modules',
  intro: (firstName: string) => `Bonjour ${firstName}, choisissez un module.`,
  noModule: 'Aucun module n’est ouvert pour votre profil.',
  header: {
    home: 'Accueil',
    account: 'Mon compte',
    logout: 'Se déconnecter',
    loggingOut: 'Déconnexion…',
    signedInAs: 'Connecté en tant que',
    navLabel: 'Navigation principale',
  },
} as const;
