import { Stack } from 'aws-cdk-lib';
import { Effect, PolicyStatement, type IGrantable } from 'aws-cdk-lib/aws-iam';
import { ConfigurationSet, EmailIdentity, Identity } from 'aws-cdk-lib/aws-ses';
import { Construct } from 'constructs';

export interface MailProps {
  /** Domain the app sends from; its DKIM records must be published in its DNS zone. */
  mailDomain: string;
}

/** Outgoing mail: a verified domain identity and a configuration set to track deliveries. */
export class Mail extends Construct {
  readonly identity: EmailIdentity;
  readonly configurationSet: ConfigurationSet;
  readonly mailFrom: string;

  constructor(scope: Construct, id: string, props: MailProps) {
    super(scope, id);
    this.configurationSet = new ConfigurationSet(this, 'ConfigurationSet');
    this.identity = new EmailIdentity(this, 'Identity', {
      identity: Identity.domain(props.mailDomain),
      configurationSet: this.configurationSet,
    });
    this.mailFrom = `Cerise <no-reply@${props.mailDomain}>`;
  }

  /**
   * SES checks both the sending identity and the configuration set named in the call, so the
   * grant names both, and nothing else.
   */
  grantSend(grantee: IGrantable): void {
    const configurationSetArn = Stack.of(this).formatArn({
      service: 'ses',
      resource: 'configuration-set',
      resourceName: this.configurationSet.configurationSetName,
    });
    grantee.grantPrincipal.addToPrincipalPolicy(
      new PolicyStatement({
        effect: Effect.ALLOW,
        actions: ['ses:SendEmail', 'ses:SendRawEmail'],
        resources: [this.identity.emailIdentityArn, configurationSetArn],
      }),
    );
  }
}
