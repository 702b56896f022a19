import { CfnOutput, Stack, type StackProps } from 'aws-cdk-lib';
import type { Construct } from 'constructs';
import { BUCKETS, type BucketRole } from '../definitions/buckets.ts';
import { Api } from './api.ts';
import { Auth } from './auth.ts';
import { Backend } from './backend.ts';
import { Data } from './data.ts';
import { Files } from './files.ts';
import { Jobs } from './jobs.ts';
import { Mail } from './mail.ts';
import { OriginVerify } from './origin-verify.ts';
import type { OutputName } from './outputs.ts';
import { Site } from './site.ts';
import { Streams } from './streams.ts';

export interface CeriseStackProps extends StackProps {
  /** The built SPA; tests pass a temporary folder holding an index.html. */
  webBuildDir: string;
  /**
   * Public address of the app, for links in emails and the upload CORS origin. It cannot be the
   * distribution's own domain: CloudFront → API → Lambda (environment) → CloudFront would be a
   * dependency cycle. So it comes from configuration (a custom domain pointed at the
   * distribution, or the distribution's domain once known, on a second deploy).
   */
  appUrl: string;
  /** Domain the app sends email from. */
  mailDomain: string;
}

/** The whole product in one stack, assembled from one construct per concern. */
export class CeriseStack extends Stack {
  constructor(scope: Construct, id: string, props: CeriseStackProps) {
    super(scope, id, props);
    const data = new Data(this, 'Data');
    const files = new Files(this, 'Files', { appUrl: props.appUrl });
    const auth = new Auth(this, 'Auth');
    const mail = new Mail(this, 'Mail', { mailDomain: props.mailDomain });
    const originVerify = new OriginVerify(this, 'OriginVerify');
    const backend = new Backend(this, 'Backend', { data, files, auth, mail, appUrl: props.appUrl, originVerify: originVerify.value });

    for (const role of Object.keys(BUCKETS) as BucketRole[]) {
      files.notify(role, backend.eventFunctions[BUCKETS[role].eventFunction]);
    }
    new Jobs(this, 'Jobs', { purge: backend.eventFunctions.purge });
    new Streams(this, 'Streams', { table: data.table, resultsChanged: backend.eventFunctions['results-changed'] });
    const api = new Api(this, 'Api', {
      functions: backend.httpFunctions,
      issuer: auth.issuer,
      audience: auth.client.userPoolClientId,
    });
    const site = new Site(this, 'Site', {
      webBuildDir: props.webBuildDir,
      apiDomainName: api.domainName,
      originVerify: originVerify.value,
      storageDomainNames: [files.buckets.imports.bucketRegionalDomainName, files.buckets.files.bucketRegionalDomainName],
    });

    const outputs: Record<OutputName, string> = {
      AppUrl: `https://${site.distribution.distributionDomainName}`,
      ApiUrl: api.httpApi.apiEndpoint,
      TableName: data.table.tableName,
      UserPoolId: auth.userPool.userPoolId,
      UserPoolClientId: auth.client.userPoolClientId,
      ImportsBucket: files.buckets.imports.bucketName,
      FilesBucket: files.buckets.files.bucketName,
      MailFrom: mail.mailFrom,
    };
    for (const [name, value] of Object.entries(outputs)) new CfnOutput(this, name, { value });

    // The three CNAME records that verify the sending domain (DKIM), to publish in its DNS zone.
    const dkim = [
      [mail.identity.dkimDnsTokenName1, mail.identity.dkimDnsTokenValue1],
      [mail.identity.dkimDnsTokenName2, mail.identity.dkimDnsTokenValue2],
      [mail.identity.dkimDnsTokenName3, mail.identity.dkimDnsTokenValue3],
    ];
    dkim.forEach(([name, value], index) => {
      new CfnOutput(this, `MailDkimRecord${index + 1}`, { value: `${name} CNAME ${value}` });
    });
  }
}
