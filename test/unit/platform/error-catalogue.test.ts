import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import ts from 'typescript';
import { describe, expect, it } from 'vitest';
import { AppError, ERRORS, errorMessage, type ErrorCode } from '#shared/api/errors.ts';
import { PROBLEM_CODES } from '#functions/services/import/siecle/messages.ts';

const ROOT = join(import.meta.dirname, '../../..');
const codes = Object.keys(ERRORS) as ErrorCode[];
const placeholders = (message: string) => [...message.matchAll(/\{(\w+)\}/g)].map((match) => match[1]!);
/** Codes whose whole message is a French text computed elsewhere, and why it lives there. */
// None today: each password rule has its own code (shared/domain/account-policy.ts).
const RELAYED: Partial<Record<ErrorCode, string>> = {};

function sourceFiles(dir: string): string[] {
  return readdirSync(join(ROOT, dir), { withFileTypes: true, recursive: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.ts'))
    .map((entry) => join(entry.parentPath, entry.name));
}

/** Every `new AppError(…)` of functions/ and shared/, with where it is. */
function appErrorCalls(): { where: string; call: ts.NewExpression; file: ts.SourceFile }[] {
  const found: { where: string; call: ts.NewExpression; file: ts.SourceFile }[] = [];
  for (const path of [...sourceFiles('functions'), ...sourceFiles('shared')]) {
    const file = ts.createSourceFile(path, readFileSync(path, 'utf8'), ts.ScriptTarget.Latest, true);
    const visit = (node: ts.Node) => {
      if (ts.isNewExpression(node) && node.expression.getText(file) === 'AppError') {
        const { line } = file.getLineAndCharacterOfPosition(node.getStart(file));
        found.push({ where: `${relative(ROOT, path)}:${line + 1}`, call: node, file });
      }
      ts.forEachChild(node, visit);
    };
    visit(file);
  }
  return found;
}

/** Text a reader would read: a letter next to a space, as in any French sentence. */
const isProse = (text: string) => /\p{L}\s|\s\p{L}/u.test(text);

function literalsIn(node: ts.Node): string[] {
  const texts: string[] = [];
  const visit = (child: ts.Node) => {
    if (ts.isStringLiteral(child) || ts.isNoSubstitutionTemplateLiteral(child)) texts.push(child.text);
    if (ts.isTemplateExpression(child)) texts.push(child.head.text, ...child.templateSpans.map((span) => span.literal.text));
    ts.forEachChild(child, visit);
  };
  visit(node);
  return texts;
}

/** The codes a call's first argument can be: a literal, or a choice between literals. */
function codesOf(node: ts.Expression): string[] | null {
  if (ts.isStringLiteral(node)) return [node.text];
  if (ts.isParenthesizedExpression(node)) return codesOf(node.expression);
  if (ts.isConditionalExpression(node)) {
    const [a, b] = [codesOf(node.whenTrue), codesOf(node.whenFalse)];
    return a && b ? [...a, ...b] : null;
  }
  return null;
}

const calls = appErrorCalls();

describe('the error catalogue', () => {
  it('gives every code an error status and a French message', () => {
    for (const code of codes) {
      const { status, message } = ERRORS[code];
      expect(Number.isInteger(status) && status >= 400 && status <= 599, code).toBe(true);
      if (RELAYED[code]) expect(message, code).toMatch(/^\{\w+\}$/);
      else expect(isProse(message.replace(/\{\w+\}/g, '')) && /([.?!»)]|\{\w+\})$/.test(message), `${code}: « ${message} »`).toBe(true);
    }
  });

  it('has unique codes, none shared with the import problems but those that mean the same', () => {
    const source = readFileSync(join(ROOT, 'shared/api/errors.ts'), 'utf8');
    const declared = [...source.matchAll(/^\s+([A-Z][A-Z0-9_]*): \{ status:/gm)].map((match) => match[1]);
    expect(declared.length).toBe(codes.length);
    expect(new Set(declared).size).toBe(declared.length);
    // An empty file is refused when the run opens (API) or when it arrives (analysis): one meaning, one code.
    const sameMeaning = ['FILE_EMPTY'];
    expect(codes.filter((code) => (PROBLEM_CODES as readonly string[]).includes(code) && !sameMeaning.includes(code))).toEqual([]);
  });

  it('writes parameters as {name} only, so each one is filled in', () => {
    for (const code of codes) {
      const { message } = ERRORS[code];
      const filled = errorMessage(code, Object.fromEntries(placeholders(message).map((name) => [name, 'x'])));
      expect(filled, code).not.toMatch(/[{}]/);
    }
  });

  it('fills in a template and makes a single-field refusal its own field problem', () => {
    const error = new AppError('ATTACHMENTS_LIMIT', { field: 'file', params: { max: 20 } });
    expect(error.toBody()).toEqual({
      error: {
        code: 'ATTACHMENTS_LIMIT',
        message: 'Un scénario a 20 pièces jointes au plus : supprimez-en une avant d’en ajouter une autre.',
        details: [{ field: 'file', message: 'Un scénario a 20 pièces jointes au plus : supprimez-en une avant d’en ajouter une autre.' }],
      },
    });
    expect(new AppError('CONFLICT').message).toBe(ERRORS.CONFLICT.message);
  });
});

describe('where errors are thrown', () => {
  it('finds the throw sites', () => {
    expect(calls.length).toBeGreaterThan(50);
  });

  it('names a catalogue code and writes no text: the message is always the catalogue’s', () => {
    const inline: string[] = [];
    for (const { where, call, file } of calls) {
      const [code, options] = call.arguments ?? [];
      // A code that is not a literal (a table's value) is still an ErrorCode: the compiler checks it.
      const named = code ? codesOf(code) : null;
      if (!code || named?.some((one) => !(one in ERRORS))) inline.push(`${where}: code ${code?.getText(file)}`);
      if (code && !named && literalsIn(code).some(isProse)) inline.push(`${where}: text as the code`);
      if (!options) continue;
      if (ts.isObjectLiteralExpression(options) && options.properties.some((property) => property.name?.getText(file) === 'message'))
        inline.push(`${where}: a message option`);
      for (const text of literalsIn(options)) if (isProse(text)) inline.push(`${where}: « ${text} »`);
    }
    expect(inline).toEqual([]);
  });

  it('gives each template exactly the parameters its message declares', () => {
    const wrong: string[] = [];
    for (const { where, call, file } of calls) {
      const [code, options] = call.arguments ?? [];
      const named = code ? codesOf(code) : null;
      if (!named || !options || !ts.isObjectLiteralExpression(options)) continue;
      const params = options.properties.find((property) => property.name?.getText(file) === 'params');
      if (!params || !ts.isPropertyAssignment(params) || !ts.isObjectLiteralExpression(params.initializer)) continue;
      const given = params.initializer.properties.filter((property) => !ts.isSpreadAssignment(property)).map((property) => property.name!.getText(file));
      if (params.initializer.properties.some(ts.isSpreadAssignment)) continue;
      for (const one of named) {
        const declared = placeholders(ERRORS[one as ErrorCode].message);
        if ([...given].sort().join() !== [...declared].sort().join())
          wrong.push(`${where}: ${one} takes {${declared.join(', ')}}, given {${given.join(', ')}}`);
      }
    }
    expect(wrong).toEqual([]);
  });
});
