/** Paramètres: establishment details (guide 3.6). */
export const parametres = {
  title: 'Paramètres',
  heading: 'Paramètres',
  detailsHeading: 'Renseignements sur l’établissement',
  detailsHelp:
    'Le nom, l’adresse électronique et le code UAI sont nécessaires pour créer des utilisateurs et exporter les passeports.',
  fields: {
    uai: 'Code UAI',
    name: 'Nom de l’établissement',
    email: 'Adresse électronique de l’établissement',
    address: 'Adresse',
    postalCode: 'Code postal',
    city: 'Commune',
    phone: 'Téléphone',
  },
  uaiHelp: 'Le code UAI ne peut pas être modifié.',
  saved: 'Les renseignements de l’établissement ont été enregistrés.',
  fixErrors: 'Corrigez les champs signalés.',
} as const;
