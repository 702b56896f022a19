import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { createLogger } from '#functions/platform/logger.ts';
import { executeImport } from '#functions/services/import/execute-import.ts';
import { useStack } from '../support/stack.ts';
import { newEstablishment, newMember } from '../support/people.ts';
import { confirmAndWait, importFiles, uploadForAnalysis } from '../support/imports.ts';
import { generateEstablishment } from '#infra/ops/siecle-generator.ts';

const stack = useStack();

describe('an import interrupted midway', () => {
  it('is marked failed, keeps what it wrote, and finishes on a re-run without duplicating anyone', async () => {
    const { uai } = await newEstablishment();
    const admin = await newMember(stack.url, uai, 'admin');
    const school = generateEstablishment({ uai, learners: 130, teachers: 3, seed: 5, siblingsEvery: 0 });
    await importFiles(admin.client, admin.token, [{ slot: 'sts', fileName: 'sts.xml', bytes: school.sts }]);
    const analysed = await uploadForAnalysis(admin.client, admin.token, [{ slot: 'eleves', fileName: 'eleves.xml', bytes: school.eleves }]);
    expect(analysed.status).toBe('analysed');

    // The first run of the import dies after its first chunk of new users (a Lambda timeout, say).
    const deps = dependencies();
    await deps.imports.save({ ...(await deps.imports.get(uai, analysed.importId))!, status: 'importing' });
    const dying = {
      ...deps,
      peopleWriter: {
        ...deps.peopleWriter,
        createMany: async (users: Parameters<typeof deps.peopleWriter.createMany>[0]) => {
          await deps.peopleWriter.createMany(users.slice(0, 50));
          throw new Error('Task timed out after 300.00 seconds');
        },
      },
    };
    await executeImport(dying, createLogger({ test: 'resume' }), uai, analysed.importId);
    const failed = await admin.client.call('GET', `/api/imports/${analysed.importId}`, { token: admin.token });
    expect(failed.body.status).toBe('failed');
    expect(failed.body.errors[0].message).toMatch(/relancez l’import/);
    expect(await deps.users.listByProfile(uai, ['apprenant'])).toHaveLength(50);

    const done = await confirmAndWait(admin.client, admin.token, analysed.importId);
    expect(done.status).toBe('imported');
    const learners = await deps.users.listByProfile(uai, ['apprenant']);
    expect(learners).toHaveLength(130);
    expect(new Set(learners.map((learner) => learner.login)).size).toBe(130);
    expect(new Set(learners.map((learner) => learner.externalIds.eleve)).size).toBe(130);
  });
});
