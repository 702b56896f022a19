/*
 * The documents module: every file Cerise writes, on the customer's libraries (exceljs for .xlsx,
 * docx for .docx, pdf-lib for PDF). Services reach it only through `loadDocuments()`
 * (download.ts), a dynamic import, so that a Lambda parses these libraries' code only when it
 * makes a document; functions that make none never bundle it (test/infra/bundle-budget.test.ts).
 */
export { importResultWorkbook } from './import-result.ts';
export { learnerLoginsWorkbook, type LearnerLoginLine } from './learner-logins.ts';
export { handGridWorkbook, observationGridWorkbook, type HandGridInput, type ObservationGridInput } from './observation-grid.ts';
export { scenarioDocx, type ScenarioDocument } from './scenario-docx.ts';
export { pdfDocument, type PdfDocument } from './pdf.ts';
