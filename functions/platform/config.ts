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

export function config(): Config {
  const accountsProvider = process.env.ACCOUNTS_PROVIDER === 'local' ? 'local' : 'cognito';
  return {
    tableName: required('TABLE_NAME'),
    importsBucket: process.env.IMPORTS_BUCKET ?? '',
    filesBucket: process.env.FILES_BUCKET ?? '',
    accountsProvider,
    userPoolId: accountsProvider === 'cognito' ? required('USER_POOL_ID') : '',
    userPoolClientId: accountsProvider === 'cognito' ? required('USER_POOL_CLIENT_ID') : '',
    localAuthDir: accountsProvider === 'local' ? required('LOCAL_AUTH_DIR') : '',
    mailFrom: process.env.MAIL_FROM ?? 'Cerise <no-reply@cerise.local>',
    mailConfigurationSet: process.env.MAIL_CONFIGURATION_SET ?? '',
    appUrl: (process.env.APP_URL ?? 'http://localhost:3000').replace(/\/$/, ''),
    secureCookies: process.env.SECURE_COOKIES !== 'false',
    originVerify: process.env.ORIGIN_VERIFY ?? '',
  };
}
