/** The six user profiles of the guide (1.1). Stored on the user and carried by every token. */
export const PROFILES = ['admin', 'chef', 'enseignant', 'lecteur', 'parent', 'apprenant'] as const;
export type Profile = (typeof PROFILES)[number];

export const PROFILE_LABELS: Record<Profile, string> = {
  admin: 'Administrateur',
  chef: 'Chef d’établissement',
  enseignant: 'Enseignant',
  lecteur: 'Lecteur',
  parent: 'Parent',
  apprenant: 'Apprenant',
};

export function isProfile(value: unknown): value is Profile {
  return typeof value === 'string' && (PROFILES as readonly string[]).includes(value);
}
