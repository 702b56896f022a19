import type { Profile } from './profiles.ts';

/**
 * The 15 modules of the guide (1.2), in the order the home page shows them.
 * The slug is the module's URL segment under `/<UAI>/` and its id in the route table.
 */
export const MODULES = [
  { id: 'import', label: 'Importer des fichiers', description: 'Importer les utilisateurs, les apprenants et les parents depuis SIECLE.' },
  { id: 'abonnement', label: 'Informations abonnement', description: 'Consulter le compte, l’abonnement et l’espace disque utilisé.' },
  { id: 'utilisateurs', label: 'Gestion des utilisateurs', description: 'Consulter, créer et modifier les utilisateurs.' },
  { id: 'acces-eleves', label: 'Gestion des accès élèves', description: 'Identifiants et mots de passe des apprenants.' },
  { id: 'acces-parents', label: 'Gestion des accès parents', description: 'Ouvrir et gérer l’accès des responsables légaux.' },
  { id: 'parametres', label: 'Paramètres', description: 'Renseignements sur l’établissement.' },
  { id: 'scenarios', label: 'Gestion des scénarios', description: 'Créer, modifier et imprimer des scénarios pédagogiques.' },
  { id: 'evaluations', label: 'Gestion des évaluations', description: 'Évaluations de l’année scolaire en cours.' },
  { id: 'consultation', label: 'Consultation des évaluations', description: 'Évaluations des années scolaires précédentes.' },
  { id: 'passeport', label: 'Passeport professionnel', description: 'Situations professionnelles de l’apprenant.' },
  { id: 'passeport-enseignant', label: 'Passeport professionnel', description: 'Consulter et évaluer les situations professionnelles des apprenants.' },
  { id: 'tableau-de-bord', label: 'Tableau de bord', description: 'Niveau de maîtrise de chaque compétence.' },
  { id: 'tableau-de-bord-classe', label: 'Tableau de bord classe', description: 'Niveau de maîtrise de toute une classe.' },
  { id: 'bilan', label: 'Export du bilan de formation', description: 'Exporter le bilan de formation des apprenants.' },
  { id: 'export-passeport', label: 'Export du passeport professionnel', description: 'Sélectionner des fiches pour les enregistrer ou les imprimer.' },
] as const;

export type ModuleId = (typeof MODULES)[number]['id'];
export type Module = (typeof MODULES)[number];

/** `read` lets a profile consult a module; `write` also lets it change things (and implies read). */
export type Access = 'read' | 'write';

/**
 * The profile × module table of PRODUCT.md. It is the single source for server authorisation,
 * the home tiles and the access-matrix tests. Scope (own classes, own child, self) is checked
 * by the services on top of it.
 */
export const ACCESS: Record<ModuleId, Partial<Record<Profile, Access>>> = {
  import: { admin: 'write' },
  abonnement: { admin: 'read' },
  utilisateurs: { admin: 'write' },
  'acces-eleves': { admin: 'write' },
  'acces-parents': { admin: 'write' },
  parametres: { admin: 'write', chef: 'write' },
  scenarios: { enseignant: 'write' },
  evaluations: { enseignant: 'write', apprenant: 'read' },
  consultation: { enseignant: 'write' },
  passeport: { apprenant: 'write', parent: 'read' },
  'passeport-enseignant': { enseignant: 'write' },
  'tableau-de-bord': { chef: 'read', enseignant: 'read', lecteur: 'read', parent: 'read', apprenant: 'read' },
  'tableau-de-bord-classe': { chef: 'read', enseignant: 'read', lecteur: 'read' },
  bilan: { chef: 'read', enseignant: 'read' },
  'export-passeport': { apprenant: 'read' },
};

/**
 * Whether `profile` may perform `action` in `module`.
 * @example canAccess('chef', 'parametres', 'write') // true
 */
export function canAccess(profile: Profile, module: ModuleId, action: Access): boolean {
  const granted = ACCESS[module][profile];
  if (!granted) return false;
  return action === 'read' || granted === 'write';
}

/** The modules a profile sees as home tiles, in the guide's order. */
export function modulesOf(profile: Profile): Module[] {
  return MODULES.filter((module) => ACCESS[module.id][profile] !== undefined);
}

export function isModuleId(value: unknown): value is ModuleId {
  return typeof value === 'string' && MODULES.some((module) => module.id === value);
}
