import { dispatch } from '#functions/platform/dispatch.ts';
import { confirmImportHandler } from './confirm-import.ts';
import { getImport } from './get-import.ts';
import { listImports } from './list-imports.ts';
import { resultFile } from './result-file.ts';
import { startImportHandler } from './start-import.ts';

export const handler = dispatch({
  'import.list': listImports,
  'import.start': startImportHandler,
  'import.get': getImport,
  'import.confirm': confirmImportHandler,
  'import.result-file': resultFile,
});
