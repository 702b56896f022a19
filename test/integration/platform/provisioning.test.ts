import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { dependencies } from '#functions/platform/dependencies.ts';
import { provisionEstablishment } from '#functions/services/establishments/provision-establishment.ts';
import { readEmails } from '../../../infra/local/emulators/ses.ts';
import { DEMO } from '../../../infra/local/demo.ts';
import { useStack } from '../support/stack.ts';
import { Client } from '../support/http.ts';
import { uniqueUai } from '../support/people.ts';

const stack = useStack();
const run = promisify(execFile);

describe('opening an establishment', () => {
  it('provisions the demo establishment on first start', async () => {
    const answer = await new Client(stack.url).call('GET', `/api/auth/establishments/${DEMO.uai}`);
    expect(answer.body).toEqual({ uai: DEMO.uai, name: DEMO.name });
    const first = await new Client(stack.url).call('POST', '/api/auth/login', {
      body: { uai: DEMO.uai, login: DEMO.adminLogin, password: DEMO.adminPassword },
    });
    expect(first.body.status).toBe('new-password-required');
  });

  it('creates the establishment and its administrator, and emails the credentials', async () => {
    const uai = uniqueUai();
    const result = await provisionEstablishment(dependencies(), { uai, name: 'Lycée Camille Claudel', email: 'ce.0861234a@ac-poitiers.fr' });
    expect(result).toMatchObject({ uai, adminLogin: 'admin', url: `${stack.url}/${uai}`, emailed: true });
    expect(result.temporaryPassword).toMatch(/^[A-Za-z0-9]{10}$/);

    const [email] = await readEmails(stack.sesEndpoint, { to: 'ce.0861234a@ac-poitiers.fr' });
    expect(email?.subject).toBe('Cerise — Votre espace Cerise est ouvert');
    expect(email?.text).toContain(`${stack.url}/${uai}`);
    expect(email?.text).toContain('Identifiant : admin');
    expect(email?.text).toContain(`Mot de passe provisoire : ${result.temporaryPassword}`);
    expect(email?.html).toContain('Lycée Camille Claudel');

    const login = await new Client(stack.url).call('POST', '/api/auth/login', { body: { uai, login: 'admin', password: result.temporaryPassword } });
    expect(login.body.status).toBe('new-password-required');
  });

  it('refuses a UAI that already exists and leaves it untouched', async () => {
    const uai = uniqueUai();
    await provisionEstablishment(dependencies(), { uai, name: 'Premier', email: null });
    await expect(provisionEstablishment(dependencies(), { uai, name: 'Second', email: null })).rejects.toMatchObject({ code: 'ESTABLISHMENT_EXISTS' });
    expect((await dependencies().establishments.get(uai))?.name).toBe('Premier');
  });

  it('works from the operator command, printing the credentials', async () => {
    const dataDir = await mkdtemp(join(tmpdir(), 'cerise-ops-'));
    try {
      const { stdout } = await run(
        'npx',
        ['tsx', 'infra/ops/establishment-create.ts', '--uai', '0861234a', '--name', 'Lycée pro Auguste Perret', '--data', dataDir],
        {
          env: { ...process.env, LOG_LEVEL: 'silent' },
        },
      );
      expect(stdout).toContain('Lycée pro Auguste Perret (UAI 0861234A)');
      expect(stdout).toMatch(/Identifiant : admin/);
      expect(stdout).toMatch(/Mot de passe provisoire : [A-Za-z0-9]{10}/);

      const again = await run('npx', ['tsx', 'infra/ops/establishment-create.ts', '--uai', '0861234A', '--name', 'Doublon', '--data', dataDir], {
        env: process.env,
      }).catch((error: { stderr: string; code: number }) => error);
      expect('code' in again && again.code).toBe(1);
      expect((again as { stderr: string }).stderr).toContain('Un établissement existe déjà avec ce code UAI.');
    } finally {
      await rm(dataDir, { recursive: true, force: true });
    }
  }, 60_000);
});
