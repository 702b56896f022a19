import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { outsidePaths, scanRepository } from './outside-paths.ts';

const ROOT = resolve(import.meta.dirname, '../../..');
/** Everything that is code of the product or of its checks. */
const FOLDERS = ['functions', 'shared', 'infra', 'web/src', 'test', 'bench'];

/** What the scanner finds in `source`, were it the file at `path` (from the repository root). */
const found = (path: string, ...lines: string[]) => outsidePaths(join(ROOT, path), lines.join('\n'), ROOT).map(({ code, line }) => ({ code, line }));

// The hostile examples climb to a folder named « beside »: any folder beside the checkout is outside it.
describe('the repository stands alone', () => {
  it('reads no path outside itself from any test or source file', () => {
    expect(scanRepository(ROOT, FOLDERS)).toEqual([]);
  }, 60_000);

  it('catches the SIECLE samples read from a folder beside the checkout, as they were read', () => {
    expect(
      found(
        'test/unit/imports/siecle/support.ts',
        "import { resolve } from 'node:path';",
        "const SHARED_FIXTURES = resolve(import.meta.dirname, '../../../../../beside/fixtures/siecle');",
      ),
    ).toEqual([{ code: "resolve(import.meta.dirname, '../../../../../beside/fixtures/siecle')", line: 2 }]);
    expect(
      found(
        'test/integration/imports/real-fixtures.test.ts',
        "import { resolve } from 'node:path';",
        "const FIXTURES = resolve(import.meta.dirname, '../../../../beside/fixtures/siecle');",
      ),
    ).toHaveLength(1);
  });

  it('catches the other ways of climbing out: segments, templates, URLs, constants, the working folder', () => {
    const imports = "import path, { join, resolve } from 'node:path'; import { fileURLToPath } from 'node:url';";
    expect(found('test/a.ts', imports, "join(import.meta.dirname, '..', '..', 'beside', 'fixtures')")).toHaveLength(1);
    expect(found('test/a.ts', imports, 'const dir = `${import.meta.dirname}/../../beside/fixtures`;')).toHaveLength(1);
    expect(found('test/a.ts', imports, "fileURLToPath(new URL('../../beside/x.xml', import.meta.url))")).toHaveLength(1);
    expect(found('test/a.ts', imports, 'const HERE = import.meta.dirname;', "const OUT = path.resolve(HERE, '../..', '../beside');")).toHaveLength(1);
    expect(found('bench/a.ts', imports, "readFileSync(resolve(process.cwd(), '../beside/x.csv'))")).toHaveLength(1);
    expect(found('bench/a.ts', imports, "readFileSync(process.cwd() + '/../beside/x.csv')")).toHaveLength(1);
    expect(found('test/a/b.ts', "import data from '../../../../beside/x.json';")).toHaveLength(1);
    expect(found('test/a.ts', "const samples = '/work/beside/fixtures/siecle';", "const mine = '/home/me/siecle';")).toHaveLength(2);
    expect(found('test/a.ts', 'const samples = `/work/beside/fixtures/${name}`;')).toHaveLength(1);
    expect(found('test/a.ts', `const samples = '${ROOT}/test/fixtures/siecle';`)).toHaveLength(1);
    expect(found('test/a.ts', "import { homedir } from 'node:os';", imports, "join(homedir(), '.cerise')")).toHaveLength(1);
    expect(found('web/src/routes/page.svelte', '<p>texte</p>', '<script lang="ts">', "  import data from '../../../../beside/x.json';", '</script>')).toEqual([
      { code: "'../../../../beside/x.json'", line: 3 },
    ]);
    expect(found('package.json', '{ "imports": { "#data/*": "../beside/*" } }')).toHaveLength(1);
  });

  it('lets the repository reach its own folders, URLs and the system', () => {
    const imports = "import { join, resolve } from 'node:path';";
    expect(found('infra/aws/api.ts', "import { httpHandler } from '../../functions/platform/http.ts';")).toEqual([]);
    expect(found('web/vite.config.ts', "export default { server: { fs: { allow: ['../functions'] } } };")).toEqual([]);
    expect(found('test/e2e/support.ts', imports, "export const ROOT = resolve(import.meta.dirname, '../..');", "join(ROOT, 'web/build')")).toEqual([]);
    expect(found('test/unit/referentiels/a.test.ts', 'readJson(`../../../functions/data/${file}`)')).toEqual([]);
    expect(
      found(
        'test/a.ts',
        imports,
        "chromium.launch({ executablePath: '/usr/bin/chromium' });",
        "call('GET', `/api/imports/${id}`); call('GET', '/api/x/' + id); ['a', 'b'].join('/');",
        "new Promise((resolve) => resolve('/x'));",
      ),
    ).toEqual([]);
  });

  it('catches a symbolic link to a folder outside the repository', () => {
    const parent = mkdtempSync(join(tmpdir(), 'cerise-alone-'));
    try {
      const root = join(parent, 'cerise');
      mkdirSync(join(root, 'test', 'fixtures'), { recursive: true });
      mkdirSync(join(parent, 'beside'));
      writeFileSync(join(root, 'package.json'), '{}');
      symlinkSync('../../../beside', join(root, 'test', 'fixtures', 'siecle'));

      expect(scanRepository(root, ['test'])).toEqual([expect.objectContaining({ file: join('test', 'fixtures', 'siecle'), target: join(parent, 'beside') })]);
    } finally {
      rmSync(parent, { recursive: true, force: true });
    }
  });
});
