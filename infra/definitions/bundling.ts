/**
 * How every Lambda entry is bundled, in esbuild's own terms. The CDK stack (infra/aws/lambda.ts)
 * maps these onto NodejsFunction's bundling options and bench/lambda-sizes.ts passes them to
 * esbuild's API, so the bench measures exactly what is deployed.
 */

/**
 * Output is ESM (our code and middy are ESM only). Some bundled CommonJS dependencies still call
 * `require` for Node built-ins, which ESM lacks, hence the createRequire shim. The import is
 * aliased because a bundled module may itself import `createRequire`, and esbuild cannot see the
 * banner's names to avoid clashing with them (it already renames bundled `require`s).
 */
export const ESM_REQUIRE_BANNER =
  "import { createRequire as __ceriseCreateRequire } from 'node:module'; const require = __ceriseCreateRequire(import.meta.url);";

export const LAMBDA_BUNDLING = {
  format: 'esm',
  platform: 'node',
  /** The Lambda runtime is Node 22, but the same code also runs locally on Node 20 (STACK.md §0). */
  target: 'node20',
  /**
   * The Lambda runtime ships the AWS SDK v3; bundling it would only add megabytes. The référentiel
   * data files (`shared/referentiels/data/*.json`, loaded on demand with `import()`) stay files too:
   * inlined, they would add 460 KB of indented object literals to every function that reads one.
   * They are copied beside the bundle (REFERENTIEL_DATA), where those `import()`s find them.
   */
  external: ['@aws-sdk/*', './data/*.json'],
  /** Prefer the ESM build of dependencies that ship both. */
  mainFields: ['module', 'main'],
  /**
   * Minified: the document libraries (exceljs, docx, pdf-lib with fontkit) weigh 5.7 MB unminified
   * and 2.9 MB minified in the functions that make documents. Stack traces stay readable through
   * the source maps, which the functions apply (`NODE_OPTIONS=--enable-source-maps`).
   */
  minify: true,
  sourcemap: true,
  /** Maps only need the mappings to resolve stack traces; embedding the sources doubles the upload. */
  sourcesContent: false,
  banner: ESM_REQUIRE_BANNER,
} as const;

/** The référentiel data folder, copied into every bundle's folder as `data/` (see `external`). */
export const REFERENTIEL_DATA = { from: 'shared/referentiels/data', to: 'data' } as const;

/**
 * The TTF fonts PDFs embed (functions/documents/pdf.ts), copied as `fonts/` beside the bundles
 * of the functions that make documents: 1.4 MB of files read when a PDF is made, where inlined
 * they would add 1.9 MB of base64 to the JavaScript Node parses at every cold start.
 */
export const PDF_FONT_FILES = { from: 'node_modules/dejavu-fonts-ttf/ttf', files: ['DejaVuSans.ttf', 'DejaVuSans-Bold.ttf'], to: 'fonts' } as const;

/**
 * Bundle budgets (minified JavaScript, source map apart), checked by test/infra/bundle-budget.test.ts:
 * a function that makes no document stays small for its cold starts; one that does carries the
 * document libraries (docs/decisions.md, 19).
 */
export const BUNDLE_BUDGET_BYTES = { plain: 1_000_000, documents: 5_000_000 } as const;
