import { SESv2Client, SendEmailCommand } from '@aws-sdk/client-sesv2';
import type { MailerPort } from '#functions/services/ports/mailer.ts';
import { config } from '#functions/platform/config.ts';

let client: SESv2Client | undefined;

/** Sends through SES v2; locally `AWS_ENDPOINT_URL_SESV2` points it at the SES emulator. */
export const sesMailer: MailerPort = {
  async send(email) {
    client ??= new SESv2Client({});
    const { mailFrom, mailConfigurationSet } = config();
    await client.send(
      new SendEmailCommand({
        FromEmailAddress: mailFrom,
        Destination: { ToAddresses: [email.to] },
        ...(mailConfigurationSet ? { ConfigurationSetName: mailConfigurationSet } : {}),
        Content: {
          Simple: {
            Subject: { Data: email.subject, Charset: 'UTF-8' },
            Body: { Text: { Data: email.text, Charset: 'UTF-8' }, Html: { Data: email.html, Charset: 'UTF-8' } },
          },
        },
      }),
    );
  },
};
