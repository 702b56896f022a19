/**
 * Configuration read from the environment, the same names in Lambda (set by CDK) and in the
 * embedded stack (set by infra/local before the handlers are imported). Read lazily so that
 * tests and the local runner can set the environment first.
 */
export interface Config {
  tableName: string;
  importsBucket: string;
  filesBucket: string;
  /** `cognito` in AWS, `local` in the embedded stack. */
  accountsProvider: 'cognito' | 'local';
  userPoolId: string;
  userPoolClientId: string;
  /** Folder holding the local provider's signing key (embedded stack only). */
  localAuthDir: string;
  /** Sender of every email, e.g. `Cerise <no-reply@example.fr>`. */
  mailFrom: string;
  /** SES configuration set, when there is one. */
  mailConfigurationSet: string;
  /** Public address of the application, used in emails: `<appUrl>/<UAI>`. */
  appUrl: string;
  /** Whether the refresh cookie is `Secure` (false only on plain-HTTP localhost). */
  secureCookies: boolean;
  /** The secret CloudFront adds to API requests (AWS only; empty locally): see `clientAddress`. */
  originVerify: string;
}

function required(name: string): string {
  const value = process.env[name];
  if (!value) throw new Error(`Missing environment variable ${name}`);
  return value;
}

/**
 * The configuration, each value read from the environment when it is used: a part that needs
 * only the origin secret (the HTTP stack) or the cookie flag runs without `TABLE_NAME` or the
 * user pool being set, as in the unit tests; a missing required value still fails where used.
 */
export function config(): Config {
  const accountsProvider = () => (process.env.ACCOUNTS_PROVIDER === 'local' ? 'local' : 'cognito');
  return {
    get tableName() {
      return required('TABLE_NAME');
    },
    get importsBucket() {
      return process.env.IMPORTS_BUCKET ?? '';
    },
    get filesBucket() {
      return process.env.FILES_BUCKET ?? '';
    },
    get accountsProvider() {
      return accountsProvider();
    },
    get userPoolId() {
      return accountsProvider() === 'cognito' ? required('USER_POOL_ID') : '';
    },
    get userPoolClientId() {
      return accountsProvider() === 'cognito' ? required('USER_POOL_CLIENT_ID') : '';
    },
    get localAuthDir() {
      return accountsProvider() === 'local' ? required('LOCAL_AUTH_DIR') : '';
    },
    get mailFrom() {
      return process.env.MAIL_FROM ?? 'Cerise <no-reply@cerise.local>';
    },
    get mailConfigurationSet() {
      return process.env.MAIL_CONFIGURATION_SET ?? '';
    },
    get appUrl() {
      return (process.env.APP_URL ?? 'http://localhost:3000').replace(/\/$/, '');
    },
    get secureCookies() {
      return process.env.SECURE_COOKIES !== 'false';
    },
    get originVerify() {
      return process.env.ORIGIN_VERIFY ?? '';
    },
  };
}
