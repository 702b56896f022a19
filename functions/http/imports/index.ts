import { dispatch } from '#functions/platform/dispatch.ts';
import { confirmImportHandler } from './confirm-import.ts';
import { getImport } from './get-import.ts';
import { listImports } from './list-imports.ts';
import { resultFile } from './result-file.ts';
import { startImportHandler } from './start-import.ts';

export const handler = dispatch({
  'imports.list': listImports,
  'imports.start': startImportHandler,
  'imports.get': getImport,
  'imports.confirm': confirmImportHandler,
  'imports.result-file': resultFile,
});
