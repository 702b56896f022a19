/** Pages of modules that are not open yet. */
export const modules = {
  underConstruction: 'Module en construction',
  underConstructionText: 'Ce module de Cerise est en cours de réalisation. Il sera disponible dans une prochaine version.',
} as const;
