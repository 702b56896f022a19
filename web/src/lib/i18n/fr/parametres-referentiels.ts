/** Paramètres › Référentiels: an establishment's complexités, aléas and recommended BEP activities. */
export const referentielsText = {
  title: 'Référentiels',
  intro:
    'Les référentiels des diplômes sont fournis par Cerise. Complétez ici ce qui leur manque pour votre établissement : complexités et aléas des situations du Bac Pro GA, activités du BEP MSA recommandées pour chaque situation.',
  link: 'Compléter les référentiels',
  linkHelp: 'complexités et aléas du Bac Pro GA, activités du BEP MSA recommandées.',
  sectionHeading: 'Référentiels des diplômes',
  back: 'Retour aux paramètres',
  diploma: 'Diplôme',
  chooseDiploma: 'Choisissez un diplôme',
  status: {
    complete: 'Référentiel complet.',
    'structure-complete': 'Structure complète ; les complexités et aléas de la plupart des situations manquent : complétez-les ci-dessous.',
    provisional: 'Référentiel provisoire : texte issu d’une source non officielle, à vérifier avec le texte officiel.',
    skeleton: 'Ébauche : seuls les intitulés des compétences sont connus.',
  },
  nothingToComplete: (diploma: string) => `Le référentiel ${diploma} n’a ni complexités ni aléas à compléter dans Cerise.`,
  summary: (items: number) => `${items} ${items > 1 ? 'éléments évalués' : 'élément évalué'}.`,
  poleLevel: 'Pour tout le pôle',
  counts: (complexites: number, aleas: number, recommended: number | null) =>
    [
      `${complexites} complexité${complexites > 1 ? 's' : ''}`,
      `${aleas} aléa${aleas > 1 ? 's' : ''}`,
      ...(recommended === null ? [] : [`${recommended} activité${recommended > 1 ? 's' : ''} BEP`]),
    ].join(', '),
  lists: {
    complexites: { legend: 'Complexités', add: 'Ajouter une complexité', line: (n: number) => `Complexité ${n}`, none: 'Aucune complexité.' },
    aleas: { legend: 'Aléas', add: 'Ajouter un aléa', line: (n: number) => `Aléa ${n}`, none: 'Aucun aléa.' },
  },
  remove: 'Retirer',
  removeContext: (line: string) => `la ligne « ${line} »`,
  fromEstablishment: 'ajoutée ou modifiée par l’établissement',
  recommendedLegend: (attached: string) => `Activités du ${attached} recommandées`,
  save: 'Enregistrer les compléments',
  saved: (diploma: string) => `Les compléments du référentiel ${diploma} ont été enregistrés.`,
  fixErrors: 'Corrigez les lignes signalées.',
  emptyLine: 'Le libellé est obligatoire.',
} as const;
