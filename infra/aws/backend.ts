import { Duration } from 'aws-cdk-lib';
import type { NodejsFunction } from 'aws-cdk-lib/aws-lambda-nodejs';
import { Construct } from 'constructs';
import { BUCKETS, type BucketRole } from '../definitions/buckets.ts';
import { DOCUMENT_FUNCTIONS, EVENT_FUNCTIONS, HTTP_FUNCTIONS, eventFunctionEntry, httpFunctionEntry, type EventFunction } from '../definitions/functions.ts';
import type { HttpFunction } from '../../shared/api/routes.ts';
import { FUNCTION_ACCESS, type FunctionAccess } from './access.ts';
import type { Auth } from './auth.ts';
import type { Data } from './data.ts';
import type { Files } from './files.ts';
import { HTTP_SIZING, ceriseFunction, type LambdaSizing } from './lambda.ts';
import type { Mail } from './mail.ts';

const EVENT_SIZING: Record<EventFunction, LambdaSizing> = {
  // Parses whole SIECLE exports (several MB of XML) and writes thousands of items.
  'siecle-import': { memorySize: 1536, timeout: Duration.minutes(5) },
  // Reads the first bytes of one object.
  'file-uploaded': { memorySize: 512, timeout: Duration.seconds(30) },
  // Walks every establishment's due items; resumable, so five minutes a night is plenty.
  purge: { memorySize: 512, timeout: Duration.minutes(5) },
  // Re-reads the evaluations of a stream batch and rewrites their learners' slices.
  'results-changed': { memorySize: 512, timeout: Duration.minutes(1) },
};

export interface BackendProps {
  data: Data;
  files: Files;
  auth: Auth;
  mail: Mail;
  /** Public address of the app, for links in emails. */
  appUrl: string;
  /** The secret CloudFront adds to API requests (origin-verify.ts). */
  originVerify: string;
}

/** Every Lambda of the product, with the environment of functions/platform/config.ts and its grants. */
export class Backend extends Construct {
  readonly httpFunctions: Record<HttpFunction, NodejsFunction>;
  readonly eventFunctions: Record<EventFunction, NodejsFunction>;

  constructor(
    scope: Construct,
    id: string,
    private readonly props: BackendProps,
  ) {
    super(scope, id);
    const environment = this.environment();
    this.httpFunctions = Object.fromEntries(
      HTTP_FUNCTIONS.map((name) => [name, this.function(name, { entry: httpFunctionEntry(name), sizing: HTTP_SIZING, environment })]),
    ) as Record<HttpFunction, NodejsFunction>;
    this.eventFunctions = Object.fromEntries(
      EVENT_FUNCTIONS.map((name) => [name, this.function(name, { entry: eventFunctionEntry(name), sizing: EVENT_SIZING[name], environment })]),
    ) as Record<EventFunction, NodejsFunction>;
  }

  private function(name: HttpFunction | EventFunction, options: { entry: string; sizing: LambdaSizing; environment: Record<string, string> }): NodejsFunction {
    const fn = ceriseFunction(this, pascalCase(name), { ...options, description: `Cerise ${name}`, documents: DOCUMENT_FUNCTIONS.includes(name) });
    this.grant(fn, FUNCTION_ACCESS[name]);
    return fn;
  }

  private grant(fn: NodejsFunction, access: FunctionAccess): void {
    const { data, files, auth, mail } = this.props;
    data.table.grantReadWriteData(fn);
    for (const role of Object.keys(BUCKETS) as BucketRole[]) {
      const kinds = access.buckets?.[role] ?? [];
      const bucket = files.buckets[role];
      if (kinds.includes('read')) bucket.grantRead(fn);
      if (kinds.includes('write')) bucket.grantPut(fn);
      if (kinds.includes('delete')) bucket.grantDelete(fn);
    }
    auth.grantAdmin(fn, access.accounts ?? []);
    if (access.sendsMail) mail.grantSend(fn);
  }

  private environment(): Record<string, string> {
    const { data, files, auth, mail, appUrl, originVerify } = this.props;
    return {
      TABLE_NAME: data.table.tableName,
      [BUCKETS.imports.envVar]: files.buckets.imports.bucketName,
      [BUCKETS.files.envVar]: files.buckets.files.bucketName,
      ACCOUNTS_PROVIDER: 'cognito',
      USER_POOL_ID: auth.userPool.userPoolId,
      USER_POOL_CLIENT_ID: auth.client.userPoolClientId,
      MAIL_FROM: mail.mailFrom,
      MAIL_CONFIGURATION_SET: mail.configurationSet.configurationSetName,
      APP_URL: appUrl,
      SECURE_COOKIES: 'true',
      ORIGIN_VERIFY: originVerify,
    };
  }
}

/** `siecle-import` → `SiecleImport`, for readable construct ids and logical ids. */
function pascalCase(name: string): string {
  return name.replace(/(^|-)([a-z])/g, (_match, _dash: string, letter: string) => letter.toUpperCase());
}
