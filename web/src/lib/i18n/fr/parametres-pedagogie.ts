/** Paramètres, pedagogical part (guide 3.6.2): evaluation codes and input masks. */
export const codesText = {
  title: 'Codifier les résultats d’évaluations',
  pedagogyHeading: 'Évaluations et formulaires',
  link: 'Codifier les résultats d’évaluations',
  linkHelp: 'Intitulés, lettres et couleur des degrés de maîtrise.',
  intro:
    'Vous pouvez renommer les quatre degrés de maîtrise, choisir leur code (2 caractères au plus, lettres et/ou chiffres) et la couleur du 2e degré. Les résultats déjà saisis gardent leur sens : seul leur affichage change.',
  degreesLegend: 'Degrés de maîtrise',
  letterField: 'Code',
  letterHint: '1 ou 2 lettres ou chiffres.',
  labelField: 'Intitulé affiché',
  labelHint: '40 caractères au plus.',
  counts: (weight: number) => `compte pour ${weight} % dans la maîtrise`,
  secondColourLegend: 'Couleur du 2e degré de maîtrise',
  secondColours: { green: 'Vert clair', yellow: 'Jaune' },
  fixedLegend: 'Codes fixes',
  fixedHelp: 'Ces codes ne peuvent pas être modifiés et ne comptent pas dans la maîtrise.',
  passportExcluded: 'Évaluations seulement, pas le passeport.',
  previewHeading: 'Aperçu',
  previewHelp: 'Les grilles d’évaluation et les tableaux de bord afficheront les codes ainsi.',
  save: 'Valider',
  saved: 'Les codes d’évaluation ont été enregistrés.',
  fixErrors: 'Corrigez les champs signalés.',
  back: 'Retour aux paramètres',
} as const;

export const masksText = {
  title: 'Modifier les masques de saisie',
  link: 'Modifier les masques de saisie',
  linkHelp: 'Intitulés des formulaires des scénarios et du passeport professionnel, par diplôme.',
  intro:
    'Vous pouvez modifier certains intitulés dans les modules Gestion des scénarios et Passeport professionnel. Choisissez le baccalauréat, saisissez les intitulés souhaités puis validez.',
  diploma: 'Baccalauréat',
  chooseDiploma: 'Choisissez un baccalauréat',
  scenarioLegend: 'Gestion des scénarios',
  passportLegend: 'Passeport professionnel',
  defaultHint: (label: string) => `Par défaut : ${label}`,
  reset: 'Rétablir les intitulés par défaut',
  resetDone: 'Intitulés par défaut rétablis : validez pour les enregistrer.',
  save: 'Valider',
  saved: (diploma: string) => `Les masques de saisie du ${diploma} ont été enregistrés.`,
  fixErrors: 'Corrigez les champs signalés.',
} as const;
