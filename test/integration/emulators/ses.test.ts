import { SendEmailCommand, SESv2Client } from '@aws-sdk/client-sesv2';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { clearEmails, readEmails, startSes, type SesEmulator } from '#infra/local/emulators/ses.ts';

let emulator: SesEmulator;
let ses: SESv2Client;

beforeAll(async () => {
  emulator = await startSes({});
  ses = new SESv2Client({ endpoint: emulator.endpoint, region: 'eu-west-3', credentials: { accessKeyId: 'S3RVER', secretAccessKey: 'S3RVER' } });
});

afterAll(async () => {
  ses?.destroy();
  await emulator?.stop();
});

beforeEach(async () => {
  await clearEmails(emulator.endpoint);
});

function send(to: string, subject: string, text: string) {
  return ses.send(
    new SendEmailCommand({
      FromEmailAddress: 'Cerise <ne-pas-repondre@cerise.example>',
      Destination: { ToAddresses: [to] },
      Content: {
        Simple: {
          Subject: { Data: subject, Charset: 'UTF-8' },
          Body: { Text: { Data: text, Charset: 'UTF-8' }, Html: { Data: `<p>${text}</p>`, Charset: 'UTF-8' } },
        },
      },
    }),
  );
}

describe('the SES emulator', () => {
  it('keeps an email sent with SESv2, accents intact, for the test to read back', async () => {
    const since = new Date();

    const { MessageId } = await send(
      'Hélène Œuvray <helene@example.fr>',
      'Votre accès à Cerise',
      'Bienvenue, Hélène ! Votre mot de passe provisoire vous attend.',
    );
    const emails = await readEmails(emulator.endpoint, { to: 'HELENE@example.fr', since });

    expect(emails).toHaveLength(1);
    expect(emails[0]).toMatchObject({
      messageId: MessageId,
      from: 'Cerise <ne-pas-repondre@cerise.example>',
      to: ['Hélène Œuvray <helene@example.fr>'],
      subject: 'Votre accès à Cerise',
      text: 'Bienvenue, Hélène ! Votre mot de passe provisoire vous attend.',
      html: '<p>Bienvenue, Hélène ! Votre mot de passe provisoire vous attend.</p>',
    });
    expect(emails[0]!.at.getTime()).toBeGreaterThanOrEqual(Math.floor(since.getTime() / 1000) * 1000);
  });

  it('filters by recipient and forgets everything on clear', async () => {
    await send('a@example.fr', 'Pour A', 'a');
    await send('b@example.fr', 'Pour B', 'b');

    const forB = await readEmails(emulator.endpoint, { to: 'b@example.fr' });
    await clearEmails(emulator.endpoint);
    const afterClear = await readEmails(emulator.endpoint);

    expect(forB.map((email) => email.subject)).toEqual(['Pour B']);
    expect(afterClear).toEqual([]);
  });

  it('serves its mail viewer and reports the port it really listens on', async () => {
    const response = await fetch(emulator.viewerUrl);

    expect(new URL(emulator.endpoint).port).not.toBe('0');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
  });
});
