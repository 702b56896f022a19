import type { EventFunction } from '../definitions/functions.ts';
import type { HttpFunction } from '../../shared/api/routes.ts';
import type { BucketRole } from '../definitions/buckets.ts';

/** What a function does to a bucket's objects. */
export type ObjectAccess = 'read' | 'write' | 'delete';

/** What one Lambda may touch besides the table, which every function reads and writes. */
export interface FunctionAccess {
  buckets?: Partial<Record<BucketRole, readonly ObjectAccess[]>>;
  /** Cognito admin actions, always scoped to the user pool. */
  accounts?: readonly string[];
  /** Sends email through SES. */
  sendsMail?: boolean;
}

/** What a signed-in user does to their own account: password, email, profile lookup. */
export const OWN_ACCOUNT_ACTIONS = [
  'cognito-idp:AdminGetUser',
  'cognito-idp:AdminSetUserPassword',
  // Setting a password ends the account's sessions (accounts port, decision 37).
  'cognito-idp:AdminUserGlobalSignOut',
  'cognito-idp:AdminUpdateUserAttributes',
  // Removing one's email (setEmail(null)) deletes the attribute rather than blanking it.
  'cognito-idp:AdminDeleteUserAttributes',
] as const;

/** What creating and managing other users takes (imports now, user administration later). */
export const USER_ADMIN_ACTIONS = [
  'cognito-idp:AdminCreateUser',
  'cognito-idp:AdminDisableUser',
  'cognito-idp:AdminEnableUser',
  'cognito-idp:AdminDeleteUser',
] as const;

/**
 * Least privilege, function by function. A new function must be added here (the type demands
 * it), which is the moment to decide what it may do.
 */
export const FUNCTION_ACCESS: Record<HttpFunction | EventFunction, FunctionAccess> = {
  // InitiateAuth, RespondToAuthChallenge and RevokeToken are public Cognito calls: no IAM needed.
  auth: { accounts: OWN_ACCOUNT_ACTIONS, sendsMail: true },
  compte: { accounts: OWN_ACCOUNT_ACTIONS, sendsMail: true },
  // Logo and stamp: stored, shown through presigned links, removed.
  parametres: { buckets: { files: ['read', 'write', 'delete'] } },
  // Signs the browser's upload (the signature carries this role's s3:PutObject), writes the
  // confirmation that starts the import, reads the result for its spreadsheet.
  import: { buckets: { imports: ['read', 'write'] } },
  // Manual users: accounts created, reset (emailed), deleted.
  utilisateurs: { accounts: [...OWN_ACCOUNT_ACTIONS, ...USER_ADMIN_ACTIONS], sendsMail: true },
  // Resets learners' passwords to their birth date.
  'acces-eleves': { accounts: OWN_ACCOUNT_ACTIONS },
  // Opens parents' accounts and mails their credentials; resets them.
  'acces-parents': { accounts: [...OWN_ACCOUNT_ACTIONS, ...USER_ADMIN_ACTIONS], sendsMail: true },
  abonnement: {},
  // Référentiels: shipped data in the bundle, complements in the table; nothing else.
  referentiels: {},
  // Scenarios live in the table; their attachments: signed uploads (s3:PutObject), ranged reads and
  // signed downloads, server-side copies for duplicates, deletes.
  scenarios: { buckets: { files: ['read', 'write', 'delete'] } },
  // Evaluations and their results live in the table only.
  evaluations: {},
  // Reads the upload, stores its analysis report next to it, creates the accounts it imports and
  // mails their access.
  'siecle-import': {
    buckets: { imports: ['read', 'write', 'delete'] },
    accounts: [...OWN_ACCOUNT_ACTIONS, ...USER_ADMIN_ACTIONS],
    sendsMail: true,
  },
  // Checks the real type of the upload and removes it when it is not what was announced.
  'file-uploaded': { buckets: { files: ['read', 'write', 'delete'] } },
  // Erases the corbeille's files once their time is up; it finds them through the table's gsi3.
  purge: { buckets: { files: ['delete'] } },
  // Rewrites the learners' result slices from the table's stream: the table only.
  'results-changed': {},
};
