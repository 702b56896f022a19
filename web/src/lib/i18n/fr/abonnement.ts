/** Informations abonnement (guide 3.2). */
export const abonnement = {
  title: 'Informations abonnement',
  heading: 'Informations abonnement',
  intro: 'Le compte de l’établissement, son abonnement et l’espace disque utilisé.',
  account: {
    heading: 'Compte de l’établissement',
    name: 'Établissement',
    uai: 'Code UAI',
    email: 'Adresse électronique',
    noEmail: 'Non renseignée (à saisir dans Paramètres)',
  },
  plan: {
    heading: 'Abonnement',
    label: 'Formule',
    startsOn: 'Début',
    endsOn: 'Fin',
    unknown: 'Non précisée',
  },
  storage: {
    heading: 'Espace disque utilisé',
    none: 'Aucun diplôme pour le moment : l’espace disque apparaîtra après l’importation des fichiers.',
    used: (used: string, quota: string, percent: string) => `${used} utilisés sur ${quota} (${percent})`,
    passport: 'Passeport professionnel',
    scenarios: 'Gestion des scénarios',
    free: 'Espace libre',
    part: (label: string, size: string) => `${label} : ${size}`,
    nearlyFull: 'Espace presque plein.',
    full: 'Espace plein : les apprenants et les enseignants ne peuvent plus joindre de fichiers pour ce diplôme.',
    remark:
      'Cerise n’est pas un ENT : l’espace disque est limité à 3 Go par diplôme pour l’ensemble des élèves et des enseignants. Invitez enseignants et élèves à insérer dans leurs descriptifs des liens vers des documents stockés en dehors de Cerise. Si besoin, de l’espace supplémentaire peut être commandé.',
  },
} as const;
