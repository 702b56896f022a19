import { Duration, RemovalPolicy } from 'aws-cdk-lib';
import { AccountRecovery, ClientAttributes, FeaturePlan, StringAttribute, UserPool, UserPoolClient } from 'aws-cdk-lib/aws-cognito';
import type { IGrantable } from 'aws-cdk-lib/aws-iam';
import { Construct } from 'constructs';
import { ID_TOKEN_MINUTES, NEW_PASSWORD_SESSION_MINUTES, PASSWORD_POLICY, REFRESH_TOKEN_DAYS } from '../../shared/domain/account-policy.ts';

/** Custom attributes, read from the ID token as `custom:<name>` (functions/services/ports/claims.ts). */
const CUSTOM_ATTRIBUTES = ['uai', 'profile', 'userId'] as const;

/** Accounts: one Cognito user pool for every establishment, usernames `<uai>:<login>`. */
export class Auth extends Construct {
  readonly userPool: UserPool;
  readonly client: UserPoolClient;

  constructor(scope: Construct, id: string) {
    super(scope, id);
    this.userPool = new UserPool(this, 'Users', {
      // Accounts are created by the SIECLE import or by the establishment's administrator only.
      selfSignUpEnabled: false,
      signInAliases: { username: true },
      // Learners type their login on phones that capitalise the first letter. Fixed at creation.
      signInCaseSensitive: false,
      passwordPolicy: {
        // The guide's rule ("6 characters, letters and/or digits"), shared with the local provider.
        minLength: PASSWORD_POLICY.minLength,
        requireLowercase: false,
        requireUppercase: false,
        requireDigits: false,
        requireSymbols: false,
        tempPasswordValidity: Duration.days(7),
      },
      standardAttributes: { email: { required: false, mutable: true } },
      customAttributes: Object.fromEntries(CUSTOM_ATTRIBUTES.map((name) => [name, new StringAttribute({ mutable: true })])),
      // Many accounts have no email; a forgotten password is reset by the establishment's administrator.
      accountRecovery: AccountRecovery.NONE,
      // Lite covers everything used here (password sign-in, revocation) at the lowest price per user.
      featurePlan: FeaturePlan.LITE,
      deletionProtection: true,
      removalPolicy: RemovalPolicy.RETAIN,
    });

    this.client = this.userPool.addClient('ServerClient', {
      // The client id is used by our Lambdas only; a public client needs no secret to manage.
      generateSecret: false,
      // InitiateAuth USER_PASSWORD_AUTH + RespondToAuthChallenge, plus REFRESH_TOKEN_AUTH (always
      // added by CDK). Not the Admin* auth flows: cognito-local does not support them, and the
      // adapter must speak the same calls to both.
      authFlows: { userPassword: true },
      // No hosted UI: the SPA signs in through our /api/auth routes.
      disableOAuth: true,
      idTokenValidity: Duration.minutes(ID_TOKEN_MINUTES),
      accessTokenValidity: Duration.minutes(ID_TOKEN_MINUTES),
      refreshTokenValidity: Duration.days(REFRESH_TOKEN_DAYS),
      authSessionValidity: Duration.minutes(NEW_PASSWORD_SESSION_MINUTES),
      enableTokenRevocation: true,
      preventUserExistenceErrors: true,
      readAttributes: new ClientAttributes().withStandardAttributes({ email: true, emailVerified: true }).withCustomAttributes(...CUSTOM_ATTRIBUTES),
      // A user's own access token must never change their establishment, profile, id or email
      // (the email goes through our change-email route, which uses the admin API). An empty list
      // would mean "Cognito's default": every standard attribute, email included. So the client
      // may write one harmless attribute only.
      writeAttributes: new ClientAttributes().withStandardAttributes({ locale: true }),
    });
  }

  /** The issuer the API's JWT authorizer trusts. */
  get issuer(): string {
    return `https://cognito-idp.${this.userPool.stack.region}.amazonaws.com/${this.userPool.userPoolId}`;
  }

  /** Grants Cognito admin actions on this pool only. */
  grantAdmin(grantee: IGrantable, actions: readonly string[]): void {
    if (actions.length > 0) this.userPool.grant(grantee, ...actions);
  }
}
