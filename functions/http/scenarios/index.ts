import { dispatch } from '#functions/platform/dispatch.ts';
import { createScenario } from './create-scenario.ts';
import { deleteAttachment } from './delete-attachment.ts';
import { deleteScenario } from './delete-scenario.ts';
import { downloadAttachment } from './download-attachment.ts';
import { duplicateScenario } from './duplicate-scenario.ts';
import { exportScenario } from './export-scenario.ts';
import { getScenario } from './get-scenario.ts';
import { listScenarios } from './list-scenarios.ts';
import { observationGrid, observationGridDivisions } from './observation-grid.ts';
import { requestAttachmentUpload } from './request-attachment-upload.ts';
import { updateScenario } from './update-scenario.ts';

export const handler = dispatch({
  'scenarios.list': listScenarios,
  'scenarios.get': getScenario,
  'scenarios.create': createScenario,
  'scenarios.update': updateScenario,
  'scenarios.delete': deleteScenario,
  'scenarios.duplicate': duplicateScenario,
  'scenarios.export-docx': exportScenario,
  'scenarios.grid-divisions': observationGridDivisions,
  'scenarios.observation-grid': observationGrid,
  'scenarios.request-attachment-upload': requestAttachmentUpload,
  'scenarios.download-attachment': downloadAttachment,
  'scenarios.delete-attachment': deleteAttachment,
});
