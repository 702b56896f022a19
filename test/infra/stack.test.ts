import { Match, type Template } from 'aws-cdk-lib/assertions';
import { AllowedMethods, CachePolicy, OriginRequestPolicy } from 'aws-cdk-lib/aws-cloudfront';
import { beforeAll, describe, expect, it } from 'vitest';
import { ROUTES, routeKey, type RouteDef } from '../../shared/api/routes.ts';
import { ID_TOKEN_MINUTES, PASSWORD_POLICY, REFRESH_TOKEN_DAYS } from '../../shared/domain/account-policy.ts';
import { ABORTED_UPLOAD_DAYS, BUCKETS, UPLOAD_CORS, type BucketRole } from '../../infra/definitions/buckets.ts';
import { EVENT_FUNCTIONS, HTTP_FUNCTIONS, PURGE_SCHEDULE } from '../../infra/definitions/functions.ts';
import { TABLE } from '../../infra/definitions/table.ts';
import { RESULTS_STREAM } from '../../infra/definitions/streams.ts';
import { OWN_ACCOUNT_ACTIONS, USER_ADMIN_ACTIONS } from '../../infra/aws/access.ts';
import { API_THROTTLE } from '../../infra/aws/api.ts';
import { OUTPUTS } from '../../infra/aws/outputs.ts';
import { VIEWER_ADDRESS_CODE } from '../../infra/aws/viewer-address.ts';
import { ORIGIN_VERIFY_HEADER } from '../../infra/aws/origin-verify.ts';
import { SPA_REWRITE_CODE } from '../../infra/aws/spa-rewrite.ts';
import { TEST_APP_URL, TEST_MAIL_DOMAIN, TEST_REGION, synthesise } from './synth.ts';
import { actionsOf, allStatements, functionId, outputRef, ownFunctions, resource, resources, statementsOf } from './template-lookup.ts';

let template: Template;
beforeAll(() => {
  template = synthesise().template;
});

const getAtt = (id: string, attribute = 'Arn') => ({ 'Fn::GetAtt': [id, attribute] });
const bucketOutput: Record<BucketRole, string> = { imports: OUTPUTS.importsBucket, files: OUTPUTS.filesBucket };

describe('data', () => {
  it('keeps one on-demand table with recovery, deletion protection and TTL, retained on stack deletion', () => {
    template.resourceCountIs('AWS::DynamoDB::Table', 1);
    template.hasResource('AWS::DynamoDB::Table', {
      DeletionPolicy: 'Retain',
      UpdateReplacePolicy: 'Retain',
      Properties: Match.objectLike({
        BillingMode: 'PAY_PER_REQUEST',
        PointInTimeRecoverySpecification: { PointInTimeRecoveryEnabled: true },
        DeletionProtectionEnabled: true,
        TimeToLiveSpecification: { AttributeName: TABLE.timeToLiveAttribute, Enabled: true },
        KeySchema: [
          { AttributeName: TABLE.partitionKey, KeyType: 'HASH' },
          { AttributeName: TABLE.sortKey, KeyType: 'RANGE' },
        ],
      }),
    });
  });

  it('has every secondary index of the shared definition with its projection', () => {
    const [table] = Object.values(resources(template, 'AWS::DynamoDB::Table'));
    expect(table!.Properties.GlobalSecondaryIndexes).toEqual(
      TABLE.globalSecondaryIndexes.map((index) => ({
        IndexName: index.indexName,
        KeySchema: [
          { AttributeName: index.partitionKey, KeyType: 'HASH' },
          { AttributeName: index.sortKey, KeyType: 'RANGE' },
        ],
        Projection: { ProjectionType: index.projection },
      })),
    );
  });
});

describe('files', () => {
  it.each(Object.keys(BUCKETS) as BucketRole[])('keeps the %s bucket private, encrypted, versioned and retained', (role) => {
    const bucket = resource(template, outputRef(template, bucketOutput[role]));
    expect(bucket.DeletionPolicy).toBe('Retain');
    expect(bucket.Properties).toMatchObject({
      PublicAccessBlockConfiguration: {
        BlockPublicAcls: true,
        BlockPublicPolicy: true,
        IgnorePublicAcls: true,
        RestrictPublicBuckets: true,
      },
      BucketEncryption: { ServerSideEncryptionConfiguration: [{ ServerSideEncryptionByDefault: { SSEAlgorithm: 'AES256' } }] },
      VersioningConfiguration: { Status: 'Enabled' },
      CorsConfiguration: {
        CorsRules: [
          {
            AllowedOrigins: [TEST_APP_URL],
            AllowedMethods: [...UPLOAD_CORS.allowedMethods],
            AllowedHeaders: UPLOAD_CORS.allowedHeaders,
            ExposedHeaders: UPLOAD_CORS.exposedHeaders,
            MaxAge: UPLOAD_CORS.maxAgeSeconds,
          },
        ],
      },
    });
    expect(bucket.Properties.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ AbortIncompleteMultipartUpload: { DaysAfterInitiation: ABORTED_UPLOAD_DAYS } }),
    );
  });

  it.each(Object.keys(BUCKETS) as BucketRole[])('refuses plain-HTTP access to the %s bucket', (role) => {
    const bucketId = outputRef(template, bucketOutput[role]);
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      Bucket: { Ref: bucketId },
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Deny', Action: 's3:*', Condition: { Bool: { 'aws:SecureTransport': 'false' } } })]),
      },
    });
  });

  it('expires imports and their old versions, and erases old versions of attachments', () => {
    const imports = resource(template, outputRef(template, OUTPUTS.importsBucket));
    expect(imports.Properties.LifecycleConfiguration.Rules).toContainEqual(
      expect.objectContaining({ ExpirationInDays: 30, NoncurrentVersionExpiration: { NoncurrentDays: 1 } }),
    );
    const files = resource(template, outputRef(template, OUTPUTS.filesBucket));
    expect(files.Properties.LifecycleConfiguration.Rules).toContainEqual(expect.objectContaining({ NoncurrentVersionExpiration: { NoncurrentDays: 30 } }));
    expect(files.Properties.LifecycleConfiguration.Rules).not.toContainEqual(expect.objectContaining({ ExpirationInDays: expect.anything() }));
  });

  it.each(Object.keys(BUCKETS) as BucketRole[])('runs its event function on every object created in the %s bucket, unfiltered', (role) => {
    template.hasResourceProperties('Custom::S3BucketNotifications', {
      BucketName: { Ref: outputRef(template, bucketOutput[role]) },
      NotificationConfiguration: {
        LambdaFunctionConfigurations: [
          {
            Events: ['s3:ObjectCreated:*'],
            LambdaFunctionArn: getAtt(functionId(template, BUCKETS[role].eventFunction)),
            Filter: Match.absent(),
          },
        ],
      },
    });
  });
});

describe('auth', () => {
  it('lets only administrators create accounts, with the shared password policy and the custom attributes', () => {
    template.resourceCountIs('AWS::Cognito::UserPool', 1);
    template.hasResource('AWS::Cognito::UserPool', {
      DeletionPolicy: 'Retain',
      Properties: Match.objectLike({
        AdminCreateUserConfig: { AllowAdminCreateUserOnly: true },
        DeletionProtection: 'ACTIVE',
        UsernameAttributes: Match.absent(),
        AliasAttributes: Match.absent(),
        AccountRecoverySetting: { RecoveryMechanisms: [{ Name: 'admin_only', Priority: 1 }] },
        Policies: {
          PasswordPolicy: {
            MinimumLength: PASSWORD_POLICY.minLength,
            RequireLowercase: false,
            RequireUppercase: false,
            RequireNumbers: false,
            RequireSymbols: false,
            TemporaryPasswordValidityDays: 7,
          },
        },
        Schema: Match.arrayWith(['uai', 'profile', 'userId'].map((name) => ({ Name: name, AttributeDataType: 'String', Mutable: true }))),
      }),
    });
  });

  it('gives the server a secretless client with short tokens, revocation and no custom attribute writes', () => {
    template.hasResourceProperties('AWS::Cognito::UserPoolClient', {
      GenerateSecret: false,
      ExplicitAuthFlows: ['ALLOW_USER_PASSWORD_AUTH', 'ALLOW_REFRESH_TOKEN_AUTH'],
      AllowedOAuthFlowsUserPoolClient: false,
      IdTokenValidity: ID_TOKEN_MINUTES,
      AccessTokenValidity: ID_TOKEN_MINUTES,
      RefreshTokenValidity: REFRESH_TOKEN_DAYS * 24 * 60,
      TokenValidityUnits: { IdToken: 'minutes', AccessToken: 'minutes', RefreshToken: 'minutes' },
      EnableTokenRevocation: true,
      PreventUserExistenceErrors: 'ENABLED',
      ReadAttributes: Match.arrayWith(['custom:profile', 'custom:uai', 'custom:userId']),
    });
    const [client] = Object.values(resources(template, 'AWS::Cognito::UserPoolClient'));
    const writable = client!.Properties.WriteAttributes as string[];
    // An empty list would fall back to Cognito's default (all standard attributes, email included).
    expect(writable.length).toBeGreaterThan(0);
    expect(writable.filter((name) => name.startsWith('custom:') || name === 'email')).toEqual([]);
  });
});

describe('api', () => {
  it('has exactly one route per entry of the route table, on its function, with the JWT authorizer unless public', () => {
    const routes = Object.values(resources(template, 'AWS::ApiGatewayV2::Route'));
    expect(routes).toHaveLength(ROUTES.length);
    const [authorizerId] = Object.keys(resources(template, 'AWS::ApiGatewayV2::Authorizer'));
    for (const route of ROUTES as readonly RouteDef[]) {
      const matches = routes.filter((candidate) => candidate.Properties.RouteKey === routeKey(route));
      expect(matches, routeKey(route)).toHaveLength(1);
      const properties = matches[0]!.Properties;
      if (route.access.kind === 'public') {
        expect(properties, route.id).toMatchObject({ AuthorizationType: 'NONE' });
        expect(properties.AuthorizerId, route.id).toBeUndefined();
      } else {
        expect(properties, route.id).toMatchObject({ AuthorizationType: 'JWT', AuthorizerId: { Ref: authorizerId } });
      }
      const integrationId = properties.Target['Fn::Join'][1][1].Ref as string;
      expect(resource(template, integrationId).Properties.IntegrationUri, route.id).toEqual(getAtt(functionId(template, route.function)));
    }
  });

  it('trusts only ID tokens of the user pool client', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Authorizer', {
      AuthorizerType: 'JWT',
      IdentitySource: ['$request.header.Authorization'],
      JwtConfiguration: {
        Audience: [{ Ref: outputRef(template, OUTPUTS.userPoolClientId) }],
        Issuer: {
          'Fn::Join': ['', [`https://cognito-idp.${TEST_REGION}.amazonaws.com/`, { Ref: outputRef(template, OUTPUTS.userPoolId) }]],
        },
      },
    });
  });

  it('throttles the default stage', () => {
    template.hasResourceProperties('AWS::ApiGatewayV2::Stage', {
      StageName: '$default',
      AutoDeploy: true,
      DefaultRouteSettings: { ThrottlingRateLimit: API_THROTTLE.rateLimit, ThrottlingBurstLimit: API_THROTTLE.burstLimit },
    });
    template.hasResourceProperties('AWS::ApiGatewayV2::Api', { CorsConfiguration: Match.absent() });
  });
});

describe('functions', () => {
  it('runs every function of the product on Node 22, arm64, with the configuration it reads', () => {
    const functions = Object.values(ownFunctions(template));
    expect(functions).toHaveLength(HTTP_FUNCTIONS.length + EVENT_FUNCTIONS.length);
    for (const fn of functions) {
      expect(fn.Properties).toMatchObject({ Runtime: 'nodejs22.x', Architectures: ['arm64'], Handler: 'index.handler' });
      expect(fn.Properties.Environment.Variables).toMatchObject({
        TABLE_NAME: { Ref: outputRef(template, OUTPUTS.tableName) },
        IMPORTS_BUCKET: { Ref: outputRef(template, OUTPUTS.importsBucket) },
        FILES_BUCKET: { Ref: outputRef(template, OUTPUTS.filesBucket) },
        ACCOUNTS_PROVIDER: 'cognito',
        USER_POOL_ID: { Ref: outputRef(template, OUTPUTS.userPoolId) },
        USER_POOL_CLIENT_ID: { Ref: outputRef(template, OUTPUTS.userPoolClientId) },
        MAIL_FROM: `Cerise <no-reply@${TEST_MAIL_DOMAIN}>`,
        MAIL_CONFIGURATION_SET: { Ref: expect.any(String) },
        APP_URL: TEST_APP_URL,
        SECURE_COOKIES: 'true',
      });
    }
  });

  it('gives HTTP functions 10 s and the import and the purge 5 minutes', () => {
    for (const name of HTTP_FUNCTIONS) {
      expect(resource(template, functionId(template, name)).Properties).toMatchObject({ MemorySize: 512, Timeout: 10 });
    }
    expect(resource(template, functionId(template, 'siecle-import')).Properties).toMatchObject({ MemorySize: 1536, Timeout: 300 });
    expect(resource(template, functionId(template, 'purge')).Properties).toMatchObject({ Timeout: 300 });
  });
});

describe('permissions', () => {
  it('never grants a whole service', () => {
    const actions = allStatements(template).flatMap(actionsOf);
    for (const wildcard of ['*', 'cognito-idp:*', 'dynamodb:*', 's3:*', 'ses:*']) {
      expect(actions).not.toContain(wildcard);
    }
  });

  it('scopes every Cognito action to the user pool', () => {
    const cognito = allStatements(template).filter((statement) => actionsOf(statement).some((action) => action.startsWith('cognito-idp:')));
    expect(cognito.length).toBeGreaterThan(0);
    for (const statement of cognito) {
      expect(statement.Resource).toEqual(getAtt(outputRef(template, OUTPUTS.userPoolId)));
    }
  });

  const cognitoActions = (name: string) =>
    statementsOf(template, name)
      .flatMap(actionsOf)
      .filter((action) => action.startsWith('cognito-idp:'))
      .sort();
  const mailActions = (name: string) =>
    statementsOf(template, name)
      .flatMap(actionsOf)
      .filter((action) => action.startsWith('ses:'));
  const s3Actions = (name: string) =>
    statementsOf(template, name)
      .flatMap(actionsOf)
      .filter((action) => action.startsWith('s3:'));

  it('lets each function manage accounts only as far as it needs', () => {
    expect(cognitoActions('auth')).toEqual([...OWN_ACCOUNT_ACTIONS].sort());
    expect(cognitoActions('compte')).toEqual([...OWN_ACCOUNT_ACTIONS].sort());
    expect(cognitoActions('siecle-import')).toEqual([...OWN_ACCOUNT_ACTIONS, ...USER_ADMIN_ACTIONS].sort());
    for (const name of ['parametres', 'file-uploaded', 'purge']) expect(cognitoActions(name), name).toEqual([]);
  });

  it('lets every function that sets passwords end the account’s sessions', () => {
    for (const name of ['compte', 'acces-eleves', 'acces-parents', 'utilisateurs']) {
      expect(cognitoActions(name), name).toContain('cognito-idp:AdminUserGlobalSignOut');
    }
  });

  it('lets only the mailing functions send email, from the identity and configuration set', () => {
    for (const name of ['auth', 'compte', 'siecle-import']) {
      const statement = statementsOf(template, name).find((candidate) => actionsOf(candidate).includes('ses:SendEmail'));
      expect(statement, name).toBeDefined();
      expect(actionsOf(statement!).sort()).toEqual(['ses:SendEmail', 'ses:SendRawEmail']);
      expect(JSON.stringify(statement!.Resource)).toContain(':identity/');
      expect(JSON.stringify(statement!.Resource)).toContain(':configuration-set/');
    }
    for (const name of ['parametres', 'file-uploaded', 'purge']) expect(mailActions(name), name).toEqual([]);
  });

  it('gives bucket access only to the functions that need it, and only the kind they need', () => {
    // The import handler reads uploads, writes its outputs, deletes oversized uploads.
    expect(s3Actions('siecle-import')).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:PutObject', 's3:DeleteObject*']));
    expect(s3Actions('file-uploaded')).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:PutObject', 's3:DeleteObject*']));
    expect(s3Actions('purge')).toEqual(['s3:DeleteObject*']);
    // The import API signs uploads (s3:PutObject) and reads results, but never deletes.
    expect(s3Actions('import')).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:PutObject']));
    expect(s3Actions('import')).not.toContain('s3:DeleteObject*');
    expect(s3Actions('parametres')).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:PutObject', 's3:DeleteObject*']));
    expect(s3Actions('scenarios')).toEqual(expect.arrayContaining(['s3:GetObject*', 's3:PutObject', 's3:DeleteObject*']));
    expect(JSON.stringify(statementsOf(template, 'scenarios'))).not.toContain(JSON.stringify(getAtt(outputRef(template, OUTPUTS.importsBucket))));
    const withoutFiles = HTTP_FUNCTIONS.filter((name) => !['import', 'parametres', 'scenarios'].includes(name));
    for (const name of withoutFiles) expect(s3Actions(name), name).toEqual([]);
    const importsArn = JSON.stringify(getAtt(outputRef(template, OUTPUTS.importsBucket)));
    expect(JSON.stringify(statementsOf(template, 'file-uploaded'))).not.toContain(importsArn);
    expect(JSON.stringify(statementsOf(template, 'parametres'))).not.toContain(importsArn);
  });
});

describe('results stream', () => {
  it('streams the table’s keys only to the results handler, filtered to evaluation cells and headers, in order', () => {
    template.hasResourceProperties('AWS::DynamoDB::Table', { StreamSpecification: { StreamViewType: 'KEYS_ONLY' } });
    template.resourceCountIs('AWS::Lambda::EventSourceMapping', 1);
    const [mapping] = Object.values(resources(template, 'AWS::Lambda::EventSourceMapping'));
    expect(mapping!.Properties).toMatchObject({
      FunctionName: { Ref: functionId(template, RESULTS_STREAM.function) },
      StartingPosition: 'TRIM_HORIZON',
      BatchSize: RESULTS_STREAM.batchSize,
      MaximumBatchingWindowInSeconds: RESULTS_STREAM.maxBatchingWindowSeconds,
      MaximumRetryAttempts: RESULTS_STREAM.retryAttempts,
      BisectBatchOnFunctionError: true,
      ParallelizationFactor: 1,
    });
    const filter = JSON.parse((mapping!.Properties.FilterCriteria as { Filters: { Pattern: string }[] }).Filters[0]!.Pattern);
    expect(filter).toEqual({ dynamodb: { Keys: { sk: { S: [{ prefix: 'CELL#' }, 'META#v1'] } } } });
  });

  it('gives the results handler the table only', () => {
    const actions = statementsOf(template, RESULTS_STREAM.function).flatMap(actionsOf);
    expect(actions.filter((action) => !action.startsWith('dynamodb:'))).toEqual([]);
    expect(actions).toEqual(expect.arrayContaining(['dynamodb:GetRecords', 'dynamodb:GetShardIterator']));
  });
});

describe('jobs and mail', () => {
  it('runs the purge every day at the shared time', () => {
    template.hasResourceProperties('AWS::Events::Rule', {
      ScheduleExpression: `cron(${PURGE_SCHEDULE.minute} ${PURGE_SCHEDULE.hour} * * ? *)`,
      State: 'ENABLED',
      Targets: [Match.objectLike({ Arn: getAtt(functionId(template, 'purge')) })],
    });
  });

  it('sends from a domain identity tied to a configuration set', () => {
    template.resourceCountIs('AWS::SES::ConfigurationSet', 1);
    const [configurationSetId] = Object.keys(resources(template, 'AWS::SES::ConfigurationSet'));
    template.hasResourceProperties('AWS::SES::EmailIdentity', {
      EmailIdentity: TEST_MAIL_DOMAIN,
      ConfigurationSetAttributes: { ConfigurationSetName: { Ref: configurationSetId } },
    });
  });
});

describe('site', () => {
  it('serves the SPA from a private bucket through origin access control, with the SPA rewrite', () => {
    template.hasResourceProperties('AWS::CloudFront::OriginAccessControl', {
      OriginAccessControlConfig: Match.objectLike({ OriginAccessControlOriginType: 's3', SigningBehavior: 'always' }),
    });
    const rewriteId = Object.entries(resources(template, 'AWS::CloudFront::Function')).find(([, fn]) => fn.Properties.FunctionCode === SPA_REWRITE_CODE)?.[0];
    template.hasResourceProperties('AWS::CloudFront::Function', {
      FunctionCode: SPA_REWRITE_CODE,
      FunctionConfig: Match.objectLike({ Runtime: 'cloudfront-js-2.0' }),
    });
    template.hasResourceProperties('AWS::CloudFront::Distribution', {
      DistributionConfig: Match.objectLike({
        DefaultRootObject: 'index.html',
        CustomErrorResponses: Match.absent(),
        DefaultCacheBehavior: Match.objectLike({
          ViewerProtocolPolicy: 'redirect-to-https',
          FunctionAssociations: [{ EventType: 'viewer-request', FunctionARN: getAtt(rewriteId!, 'FunctionARN') }],
        }),
        Origins: Match.arrayWith([Match.objectLike({ S3OriginConfig: { OriginAccessIdentity: '' }, OriginAccessControlId: Match.anyValue() })]),
      }),
    });
    template.hasResourceProperties('AWS::S3::BucketPolicy', {
      PolicyDocument: {
        Statement: Match.arrayWith([Match.objectLike({ Effect: 'Allow', Action: 's3:GetObject', Principal: { Service: 'cloudfront.amazonaws.com' } })]),
      },
    });
  });

  it('routes /api/* to the HTTP API uncached, with every method and the viewer headers', () => {
    const [apiId] = Object.keys(resources(template, 'AWS::ApiGatewayV2::Api'));
    const [distribution] = Object.values(resources(template, 'AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    const apiBehaviour = config.CacheBehaviors.find((behaviour: { PathPattern: string }) => behaviour.PathPattern === '/api/*');
    expect(apiBehaviour).toMatchObject({
      CachePolicyId: CachePolicy.CACHING_DISABLED.cachePolicyId,
      OriginRequestPolicyId: OriginRequestPolicy.ALL_VIEWER_EXCEPT_HOST_HEADER.originRequestPolicyId,
      AllowedMethods: AllowedMethods.ALLOW_ALL.methods,
    });
    // The SPA rewrite must never turn an API answer into index.html; only the viewer address is stamped.
    const viewerAddressId = Object.entries(resources(template, 'AWS::CloudFront::Function')).find(
      ([, fn]) => fn.Properties.FunctionCode === VIEWER_ADDRESS_CODE,
    )?.[0];
    expect(viewerAddressId).toBeDefined();
    expect(apiBehaviour.FunctionAssociations).toEqual([{ EventType: 'viewer-request', FunctionARN: getAtt(viewerAddressId!, 'FunctionARN') }]);
    const apiOrigin = config.Origins.find((origin: { Id: string }) => origin.Id === apiBehaviour.TargetOriginId);
    expect(apiOrigin).toMatchObject({
      DomainName: { 'Fn::Select': [2, { 'Fn::Split': ['/', getAtt(apiId!, 'ApiEndpoint')] }] },
      CustomOriginConfig: { OriginProtocolPolicy: 'https-only' },
    });
    // CloudFront proves itself to the API with a generated secret, the one the functions compare.
    const [secretId] = Object.keys(resources(template, 'AWS::SecretsManager::Secret'));
    expect(secretId).toBeDefined();
    const secretReference = JSON.stringify(
      apiOrigin.OriginCustomHeaders.find((header: { HeaderName: string }) => header.HeaderName === ORIGIN_VERIFY_HEADER)?.HeaderValue,
    );
    expect(secretReference).toContain('{{resolve:secretsmanager:');
    expect(secretReference).toContain(secretId);
    for (const fn of Object.values(ownFunctions(template))) expect(JSON.stringify(fn.Properties.Environment.Variables.ORIGIN_VERIFY)).toBe(secretReference);
  });

  it('sends a strict Content-Security-Policy with the SPA and the API, letting the browser reach the buckets only', () => {
    const policies = Object.entries(resources(template, 'AWS::CloudFront::ResponseHeadersPolicy'));
    expect(policies).toHaveLength(1);
    const [policyId, policy] = policies[0]!;
    const headers = policy.Properties.ResponseHeadersPolicyConfig.SecurityHeadersConfig;
    expect(headers).toMatchObject({
      ContentTypeOptions: { Override: true },
      FrameOptions: { FrameOption: 'DENY', Override: true },
      StrictTransportSecurity: { AccessControlMaxAgeSec: 31_536_000, Override: true },
    });
    // The bucket origins are tokens: join the template's pieces, naming each bucket by its logical id.
    const csp = headers.ContentSecurityPolicy;
    expect(csp.Override).toBe(true);
    const pieces: unknown[] = csp.ContentSecurityPolicy['Fn::Join'][1];
    const text = pieces.map((piece) => (typeof piece === 'string' ? piece : `<${(piece as { 'Fn::GetAtt': string[] })['Fn::GetAtt'].join('.')}>`)).join('');
    const bucket = (output: string) => `https://<${outputRef(template, output)}.RegionalDomainName>`;
    expect(text.split('; ')).toEqual([
      "default-src 'self'",
      "script-src 'self'",
      "style-src 'self' 'unsafe-inline'",
      `img-src 'self' data: blob: ${bucket(OUTPUTS.importsBucket)} ${bucket(OUTPUTS.filesBucket)}`,
      `connect-src 'self' ${bucket(OUTPUTS.importsBucket)} ${bucket(OUTPUTS.filesBucket)}`,
      "font-src 'self'",
      "object-src 'none'",
      "base-uri 'self'",
      "form-action 'self'",
      "frame-ancestors 'none'",
    ]);
    const [distribution] = Object.values(resources(template, 'AWS::CloudFront::Distribution'));
    const config = distribution!.Properties.DistributionConfig;
    for (const behaviour of [config.DefaultCacheBehavior, ...config.CacheBehaviors]) expect(behaviour.ResponseHeadersPolicyId).toEqual({ Ref: policyId });
  });

  it('publishes the outputs the operator commands read', () => {
    for (const name of Object.values(OUTPUTS)) expect(Object.keys(template.findOutputs(name)), name).toEqual([name]);
  });
});
