/**
 * Account rules shared by both accounts providers (Cognito in AWS, the local provider) and by
 * the CDK user pool, so that the same password is accepted or refused everywhere.
 */
export const PASSWORD_POLICY = {
  /** Guide 2.2: "lettres et/ou chiffres, 6 caractères minimum". */
  minLength: 6,
  maxLength: 128,
} as const;

/** Lifetime of the ID token the API accepts. Short, so that a suspended user loses access quickly. */
export const ID_TOKEN_MINUTES = 15;
/** Lifetime of the refresh token kept in an HttpOnly cookie: a school day plus margin. */
export const REFRESH_TOKEN_DAYS = 1;
/** A NEW_PASSWORD_REQUIRED session is only good for a few minutes, as in Cognito. */
export const NEW_PASSWORD_SESSION_MINUTES = 3;

/** Returns a French reason when the password breaks the policy, or null when it is acceptable. */
export function passwordProblem(password: string): string | null {
  if (password.length < PASSWORD_POLICY.minLength) {
    return `Le mot de passe doit comporter au moins ${PASSWORD_POLICY.minLength} caractères.`;
  }
  if (password.length > PASSWORD_POLICY.maxLength) {
    return `Le mot de passe ne peut pas dépasser ${PASSWORD_POLICY.maxLength} caractères.`;
  }
  if (password.trim() !== password) {
    return 'Le mot de passe ne peut pas commencer ni finir par une espace.';
  }
  return null;
}
