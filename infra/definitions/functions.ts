import { HTTP_FUNCTIONS, type HttpFunction } from '../../shared/api/routes.ts';

/**
 * Every Lambda of the product, with its entry file. The CDK stack bundles each one; the
 * embedded stack imports the same files.
 */
export const EVENT_FUNCTIONS = ['siecle-import', 'file-uploaded', 'purge', 'results-changed'] as const;
export type EventFunction = (typeof EVENT_FUNCTIONS)[number];

export function httpFunctionEntry(name: (typeof HTTP_FUNCTIONS)[number]): string {
  return `functions/http/${name}/index.ts`;
}

export function eventFunctionEntry(name: EventFunction): string {
  return `functions/events/${name}.ts`;
}

/**
 * The functions whose services make documents (functions/documents/, reached by `loadDocuments()`):
 * they alone carry the document libraries and the PDF fonts, within the larger bundle budget.
 */
export const DOCUMENT_FUNCTIONS: readonly (HttpFunction | EventFunction)[] = ['scenarios', 'evaluations', 'acces-eleves', 'import'];

/** The daily job runs at 02:30 UTC, after the night and before the school day. */
export const PURGE_SCHEDULE = { hour: 2, minute: 30 } as const;

export { HTTP_FUNCTIONS };
