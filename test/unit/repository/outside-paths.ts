import { existsSync, lstatSync, readdirSync, readFileSync, readlinkSync } from 'node:fs';
import { homedir } from 'node:os';
import { basename, dirname, isAbsolute, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import ts from 'typescript';

/**
 * Finds the places where code of the repository reads a path outside it (a sibling folder of the
 * checkout, a developer's own directories), so that a lone clone runs and builds as in CI.
 *
 * Each TypeScript/JavaScript file (and the scripts of Svelte files) is parsed, and the path
 * expressions are evaluated as far as they can be statically: literals, templates, `+`,
 * `import.meta.dirname`/`url`, `__dirname`, `process.cwd()` (the repository root), `resolve`,
 * `join`, `dirname`, `fileURLToPath`, `new URL(…, import.meta.url)` and the file's own
 * constants. A relative literal is taken from the file's folder (module specifiers, Vite roots);
 * an absolute literal counts when it names the checkout's parent folder or a home/workspace root.
 * JSON configuration files, and symbolic links, are checked the same way.
 */
export interface OutsidePath {
  /** Path of the file, from the repository root. */
  file: string;
  line: number;
  /** The expression as written. */
  code: string;
  /** Where it leads. */
  target: string;
}

/** Roots of personal or shared workspaces: never something a clone can count on. */
const WORKSPACE_ROOTS = /^(~\/|\/(work|home|Users|root|mnt|srv|workspace|workspaces)(\/|$))/;
const SKIPPED_FOLDERS = new Set(['node_modules', '.svelte-kit', 'build', 'cdk.out', '.data', '.bench', 'test-results', '.git']);
const CODE_FILE = /\.(ts|mts|cts|js|mjs|cjs|svelte)$/;
const CONFIG_JSON = /^(package|tsconfig.*|cdk|jsconfig)\.json$/;

/** Every place of `folders` (and the top-level configuration files) leading outside `root`. */
export function scanRepository(root: string, folders: string[]): OutsidePath[] {
  const found: OutsidePath[] = [];
  const visit = (path: string) => {
    const stat = lstatSync(path, { throwIfNoEntry: false });
    if (!stat) return;
    if (stat.isSymbolicLink()) {
      const target = resolve(dirname(path), readlinkSync(path));
      if (!inside(root, target)) found.push({ file: relative(root, path), line: 1, code: `symbolic link → ${readlinkSync(path)}`, target });
    } else if (stat.isDirectory()) {
      if (!SKIPPED_FOLDERS.has(basename(path))) for (const entry of readdirSync(path)) visit(join(path, entry));
    } else if (CODE_FILE.test(path) || CONFIG_JSON.test(basename(path))) {
      found.push(...outsidePaths(path, readFileSync(path, 'utf8'), root));
    }
  };
  for (const folder of folders) visit(join(root, folder));
  for (const top of [root, join(root, 'web')].filter((folder) => existsSync(folder))) {
    for (const entry of readdirSync(top)) if (CODE_FILE.test(entry) || CONFIG_JSON.test(entry)) visit(join(top, entry));
  }
  return found;
}

/** The places of one file (`file` absolute, `source` its text) leading outside `root`. */
export function outsidePaths(file: string, source: string, root: string): OutsidePath[] {
  if (file.endsWith('.json')) return jsonPaths(file, source, root);
  if (!file.endsWith('.svelte')) return codePaths(file, source, root, 0);
  const found: OutsidePath[] = [];
  for (const script of source.matchAll(/<script\b[^>]*>([\s\S]*?)<\/script>/g)) {
    const lineOffset = source.slice(0, script.index + script[0].indexOf('>') + 1).split('\n').length - 1;
    found.push(...codePaths(file, script[1]!, root, lineOffset));
  }
  return found;
}

interface Value {
  text: string;
  /** False when only the start of the value is known (a template or call with unknown parts). */
  complete: boolean;
  /** Whether it was computed from a place (the file's, the working folder…), not only written. */
  located: boolean;
}

const PATH_CALLS = new Set(['resolve', 'join']);
const PATH_MODULES = new Set(['node:path', 'path', 'node:path/posix', 'node:url', 'url', 'node:os', 'os', 'node:process', 'process']);

/**
 * The functions of node:path, node:url, node:os and process a file uses, by local name (`join`
 * of `import { join } from 'node:path'`, of `path.join`), so `[].join('/')` or a promise's
 * `resolve` are not taken for paths.
 */
function nodeFunctions(sourceFile: ts.SourceFile): { named: Map<string, string>; namespaces: Set<string> } {
  const named = new Map<string, string>();
  const namespaces = new Set(['process']);
  for (const statement of sourceFile.statements) {
    if (!ts.isImportDeclaration(statement) || !ts.isStringLiteral(statement.moduleSpecifier) || !PATH_MODULES.has(statement.moduleSpecifier.text)) continue;
    const clause = statement.importClause;
    if (clause?.name) namespaces.add(clause.name.text);
    const bindings = clause?.namedBindings;
    if (bindings && ts.isNamespaceImport(bindings)) namespaces.add(bindings.name.text);
    if (bindings && ts.isNamedImports(bindings))
      for (const element of bindings.elements) named.set(element.name.text, (element.propertyName ?? element.name).text);
  }
  return { named, namespaces };
}

/** Text without any of these cannot lead outside: such files are not parsed (most of them). */
const CANDIDATE = /\.\.|~\/|\/(work|home|Users|root|mnt|srv|workspace)|cwd|homedir/;

function codePaths(file: string, source: string, root: string, lineOffset: number): OutsidePath[] {
  if (!CANDIDATE.test(source) && !source.includes(dirname(root))) return [];
  const sourceFile = ts.createSourceFile(file, source, ts.ScriptTarget.Latest, true, file.endsWith('.ts') ? ts.ScriptKind.TS : ts.ScriptKind.TSX);
  const folder = dirname(file);
  const constants = new Map<string, ts.Expression>();
  const collect = (node: ts.Node) => {
    if (ts.isVariableDeclaration(node) && ts.isIdentifier(node.name) && node.initializer && ts.getCombinedNodeFlags(node) & ts.NodeFlags.Const) {
      constants.set(node.name.text, node.initializer);
    }
    ts.forEachChild(node, collect);
  };
  collect(sourceFile);

  const { named, namespaces } = nodeFunctions(sourceFile);
  /** Whether a name is a parameter of an enclosing function, as in `new Promise((resolve) => …)`. */
  const shadowed = (name: ts.Identifier) => {
    for (let scope: ts.Node | undefined = name.parent; scope; scope = scope.parent) {
      if (ts.isFunctionLike(scope) && scope.parameters.some((parameter) => ts.isIdentifier(parameter.name) && parameter.name.text === name.text)) return true;
    }
    return false;
  };
  /** `join` for `join(…)`, `path.join(…)` or `path.posix.join(…)` when from node:path; '' for anything else. */
  const calleeName = (call: ts.CallExpression): string => {
    const callee = call.expression;
    if (ts.isIdentifier(callee)) return shadowed(callee) ? '' : (named.get(callee.text) ?? '');
    if (!ts.isPropertyAccessExpression(callee)) return '';
    let owner = callee.expression;
    while (ts.isPropertyAccessExpression(owner) && ['posix', 'win32'].includes(owner.name.text)) owner = owner.expression;
    return ts.isIdentifier(owner) && namespaces.has(owner.text) ? callee.name.text : '';
  };

  const evaluate = (node: ts.Expression, depth = 0): Value | undefined => {
    if (depth > 20) return undefined;
    const next = (expression: ts.Expression) => evaluate(expression, depth + 1);
    if (ts.isStringLiteral(node) || ts.isNoSubstitutionTemplateLiteral(node)) return { text: node.text, complete: true, located: false };
    if (ts.isParenthesizedExpression(node) || ts.isAsExpression(node) || ts.isSatisfiesExpression(node)) return next(node.expression);
    if (ts.isTemplateExpression(node)) {
      let text = node.head.text;
      let located = false;
      for (const span of node.templateSpans) {
        const part = next(span.expression);
        located ||= part?.located ?? false;
        if (!part?.complete) return { text: text + (part?.text ?? ''), complete: false, located };
        text += part.text + span.literal.text;
      }
      return { text, complete: true, located };
    }
    if (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken) {
      const left = next(node.left);
      if (!left?.complete) return left;
      const right = next(node.right);
      return { text: left.text + (right?.text ?? ''), complete: right?.complete ?? false, located: left.located || (right?.located ?? false) };
    }
    if (ts.isIdentifier(node)) {
      if (node.text === '__dirname') return { text: folder, complete: true, located: true };
      if (node.text === '__filename') return { text: file, complete: true, located: true };
      const initializer = constants.get(node.text);
      return initializer ? next(initializer) : undefined;
    }
    if (ts.isPropertyAccessExpression(node) && ts.isMetaProperty(node.expression) && node.expression.keywordToken === ts.SyntaxKind.ImportKeyword) {
      if (node.name.text === 'dirname') return { text: folder, complete: true, located: true };
      if (node.name.text === 'filename') return { text: file, complete: true, located: true };
      if (node.name.text === 'url') return { text: pathToFileURL(file).href, complete: true, located: true };
      return undefined;
    }
    if (ts.isNewExpression(node) && ts.isIdentifier(node.expression) && node.expression.text === 'URL') {
      const [first, base] = (node.arguments ?? []).map((argument) => next(argument));
      if (!first?.complete || (base && !base.complete)) return undefined;
      try {
        return { text: new URL(first.text, base?.text).href, complete: true, located: first.located || (base?.located ?? false) };
      } catch {
        return undefined;
      }
    }
    if (ts.isCallExpression(node)) {
      const name = calleeName(node);
      // Scripts run from the repository root; a home folder is never part of a clone.
      if (name === 'cwd') return { text: root, complete: true, located: true };
      if (name === 'homedir') return { text: homedir(), complete: true, located: true };
      if (PATH_CALLS.has(name)) {
        const parts: string[] = [];
        // `resolve` of written parts is still taken from the working folder.
        let located = name === 'resolve';
        let complete = true;
        for (const argument of node.arguments) {
          const part = next(argument);
          if (!part?.complete) {
            complete = false;
            break;
          }
          located ||= part.located;
          parts.push(asPath(part.text));
        }
        if (parts.length === 0) return undefined;
        return { text: name === 'resolve' ? resolve(root, ...parts) : join(...parts), complete, located };
      }
      const [argument] = node.arguments;
      const value = argument && next(argument);
      if (!value?.complete) return undefined;
      if (name === 'dirname') return { ...value, text: dirname(asPath(value.text)) };
      if (name === 'fileURLToPath') return { ...value, text: asPath(value.text) };
    }
    return undefined;
  };

  const found: OutsidePath[] = [];
  /** Whether a literal is read relative to something else than the file (a path call's later argument, a URL's first). */
  const relativeToAnother = (node: ts.Node) => {
    const parent = node.parent;
    if (ts.isCallExpression(parent) && PATH_CALLS.has(calleeName(parent))) return parent.arguments.indexOf(node as ts.Expression) > 0;
    return ts.isNewExpression(parent) && ts.isIdentifier(parent.expression) && parent.expression.text === 'URL' && (parent.arguments?.length ?? 0) > 1;
  };
  const visit = (node: ts.Node) => {
    // A bare `homedir()` or `cwd()` is a base, reported when a path is built on it.
    const isPathExpression =
      ts.isStringLiteralLike(node) ||
      ts.isTemplateExpression(node) ||
      (ts.isCallExpression(node) && !['homedir', 'cwd'].includes(calleeName(node))) ||
      ts.isNewExpression(node) ||
      (ts.isBinaryExpression(node) && node.operatorToken.kind === ts.SyntaxKind.PlusToken);
    const value = isPathExpression && !relativeToAnother(node) ? evaluate(node as ts.Expression) : undefined;
    const target = value && leadsOutside(value.text, folder, root, !value.located);
    if (target) {
      const line = sourceFile.getLineAndCharacterOfPosition(node.getStart(sourceFile)).line + 1 + lineOffset;
      found.push({ file: relative(root, file), line, code: node.getText(sourceFile), target });
      return;
    }
    ts.forEachChild(node, visit);
  };
  visit(sourceFile);
  return found;
}

function jsonPaths(file: string, source: string, root: string): OutsidePath[] {
  const found: OutsidePath[] = [];
  const lines = source.split('\n');
  lines.forEach((text, index) => {
    for (const [, value] of text.matchAll(/"((?:[^"\\]|\\.)*)"/g)) {
      const target = leadsOutside(value!, dirname(file), root, true);
      if (target) found.push({ file: relative(root, file), line: index + 1, code: value!, target });
    }
  });
  return found;
}

/**
 * Where a value leads when that is outside `root` or tied to one machine, else undefined. A
 * literal written as is (`written`) counts when it names a workspace root or the checkout's
 * parent folder (even the checkout itself: another clone lives elsewhere), or when it is relative
 * and climbs out of the repository from the file's folder; a computed absolute path counts when
 * it is outside.
 */
function leadsOutside(value: string, folder: string, root: string, written: boolean): string | undefined {
  const text = value.startsWith('file:') ? asPath(value) : value;
  if (written && (WORKSPACE_ROOTS.test(text) || text.startsWith(dirname(root) + sep))) return text;
  if (written && /^\.\.([/\\]|$)/.test(text)) {
    const target = resolve(folder, text);
    return inside(root, target) ? undefined : target;
  }
  if (!written && isAbsolute(text)) return inside(root, text) ? undefined : text;
  return undefined;
}

function asPath(text: string): string {
  if (!text.startsWith('file:')) return text;
  try {
    return fileURLToPath(text);
  } catch {
    return text;
  }
}

function inside(root: string, path: string): boolean {
  const fromRoot = relative(root, path);
  return fromRoot === '' || (!fromRoot.startsWith('..') && !fromRoot.startsWith(sep) && !/^[a-zA-Z]:/.test(fromRoot));
}
