import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { readEmails } from '../../../infra/local/emulators/ses.ts';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';
import { importFiles } from '../support/imports.ts';
import { generateEstablishment } from '#infra/ops/siecle-generator.ts';

const stack = useStack();

describe('parent access stays open across imports', () => {
  it('emails a guardian who gets an email address in a later import, once their child’s division is open', async () => {
    const { uai } = await newEstablishment();
    const admin = await newMember(stack.url, uai, 'admin');
    const school = generateEstablishment({ uai, learners: 20, teachers: 2, seed: 21 });
    await importFiles(admin.client, admin.token, [{ slot: 'sts', fileName: 'sts.xml', bytes: school.sts }]);
    await importFiles(admin.client, admin.token, [
      { slot: 'eleves', fileName: 'eleves.xml', bytes: school.eleves },
      { slot: 'responsables', fileName: 'responsables.xml', bytes: school.responsables },
    ]);

    const silent = school.guardians.find((guardian) => guardian.email === null && guardian.children.length === 1)!;
    const child = school.learners.find((learner) => learner.eleveId === silent.children[0])!;
    const opened = await admin.client.call('POST', `/api/acces-parents/divisions/${encodeURIComponent(child.division)}/open`, {
      token: admin.token,
      body: { diploma: null },
    });
    expect(opened.status, opened.text).toBe(200);
    expect(opened.body.withoutEmail).toBeGreaterThan(0);

    const address = `nouvelle.adresse.${silent.personId}@example.fr`;
    const text = Buffer.from(school.responsables)
      .toString('latin1')
      .replace(`<PERSONNE PERSONNE_ID="${silent.personId}">`, `<PERSONNE PERSONNE_ID="${silent.personId}"><MEL>${address}</MEL>`);
    const done = await importFiles(admin.client, admin.token, [
      { slot: 'responsables', fileName: 'responsables.xml', bytes: new Uint8Array(Buffer.from(text, 'latin1')) },
    ]);
    expect(done.result?.counts.usersUpdated).toBe(1);

    const [email] = await readEmails(stack.sesEndpoint, { to: address });
    expect(email?.subject).toBe('Cerise — Accès parents à Cerise');
    expect(email?.text).toContain(`${stack.url}/${uai}`);
    const guardian = (await dependencies().users.listByProfile(uai, ['parent'])).find((user) => user.externalIds.personne === silent.personId)!;
    expect(guardian.account).toBe('active');

    // The same file again sends nothing more.
    await importFiles(admin.client, admin.token, [{ slot: 'responsables', fileName: 'responsables.xml', bytes: new Uint8Array(Buffer.from(text, 'latin1')) }]);
    expect(await readEmails(stack.sesEndpoint, { to: address })).toHaveLength(1);
  });
});
