// Namespace import: esbuild then keeps only the parts of zod we use.
import * as z from 'zod';
import type { Access, ModuleId } from '../domain/modules.ts';
import {
  changeEmailRequestSchema,
  changePasswordRequestSchema,
  establishmentPublicSchema,
  loginRequestSchema,
  loginResponseSchema,
  newPasswordRequestSchema,
  sessionResponseSchema,
  currentUserSchema,
} from './schemas/auth.ts';
import { divisionCodeSchema, okSchema, opaqueIdSchema, uaiSchema } from './schemas/common.ts';
import { establishmentSettingsSchema, updateEstablishmentSettingsSchema, uploadImageRequestSchema } from './schemas/parametres.ts';
import { codeSettingsSchema, inputMaskSchema, updateCodeSettingsSchema, updateInputMaskSchema } from './schemas/parametres.ts';
import { importRunListSchema, importRunSchema, startImportRequestSchema, startImportResponseSchema } from './schemas/import.ts';
import { createStaffUserSchema, resetResultSchema, staffListSchema, staffUserSchema, updateStaffUserSchema } from './schemas/utilisateurs.ts';
import {
  divisionsListSchema,
  learnerAccessListSchema,
  openParentAccessRequestSchema,
  openParentAccessResponseSchema,
  parentDivisionDetailSchema,
  parentDivisionsSchema,
  resetLearnersRequestSchema,
  resetLearnersResponseSchema,
} from './schemas/acces.ts';
import { subscriptionSchema } from './schemas/abonnement.ts';
import { downloadSchema } from './schemas/files.ts';
import { complementsSchema, referentielListSchema, referentielViewSchema, updateComplementsRequestSchema } from './schemas/referentiels.ts';
import {
  createScenarioSchema,
  duplicateScenarioSchema,
  scenarioGridDivisionsSchema,
  scenarioListSchema,
  scenarioSchema,
  updateScenarioSchema,
} from './schemas/scenarios.ts';
import { observationGridQuerySchema, scenarioListQuerySchema } from './schemas/scenarios.ts';
import { attachmentDownloadSchema, attachmentUploadSchema, requestAttachmentUploadSchema } from './schemas/scenarios.ts';
import {
  cellSchema,
  commentSchema,
  consultationQuerySchema,
  createEvaluationSchema,
  evaluationGridSchema,
  evaluationListSchema,
  teacherLearnersSchema,
  evaluationVisibilitySchema,
  fillCellsSchema,
  fillResultSchema,
  learnerEvaluationListSchema,
  learnerEvaluationSchema,
  learnerEvaluationsQuerySchema,
  saveCellSchema,
  saveCommentSchema,
  updateEvaluationSchema,
} from './schemas/evaluations.ts';

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/**
 * Who may call a route. `public` routes skip the JWT authorizer (login and its companions);
 * `authenticated` routes are open to every profile (the user's own account);
 * `module` routes are guarded by the profile × module table.
 */
export type RouteAccess = { kind: 'public' } | { kind: 'authenticated' } | { kind: 'module'; module: ModuleId; action: Access };

/**
 * The Lambda functions of the HTTP API: one per module (or platform area), each bundling only
 * the use cases of its routes. Entry: `functions/http/<function>/index.ts`.
 */
export const HTTP_FUNCTIONS = [
  'auth',
  'compte',
  'parametres',
  'import',
  'utilisateurs',
  'acces-eleves',
  'acces-parents',
  'abonnement',
  'referentiels',
  'scenarios',
  'evaluations',
] as const;
export type HttpFunction = (typeof HTTP_FUNCTIONS)[number];

export interface RouteDef {
  /** Stable id, `<area>.<use-case>`; also the key of the use case in its function's index. */
  id: string;
  method: HttpMethod;
  /** API Gateway path, with `{name}` parameters. */
  path: string;
  function: HttpFunction;
  access: RouteAccess;
  /** Path parameters: required on every route whose path has `{name}` segments; keys = the names. */
  params?: z.ZodObject;
  /** Query string parameters (all strings on the wire; the schema may coerce). */
  query?: z.ZodObject;
  body?: z.ZodType;
  response: z.ZodType;
  /** Answer status on success (default 200). */
  status?: number;
}

/** The `{name}`s of a path template: `PathParameterNames<'/api/a/{id}/b/{x}'>` is `'id' | 'x'`. */
export type PathParameterNames<P extends string> = P extends `${string}{${infer Name}}${infer Rest}` ? Name | PathParameterNames<Rest> : never;

/** A route whose path has `{name}`s must say how each one is validated (and may not invent others). */
type WithParams<R extends RouteDef> = [PathParameterNames<R['path']>] extends [never]
  ? { params?: undefined }
  : { params: z.ZodObject<Record<PathParameterNames<R['path']>, z.ZodType>> };

const route = <const R extends RouteDef>(definition: R & WithParams<R>): R => definition;

// Path parameters (shared/api/schemas/common.ts): bounded, without `#`, so none can break a key.
const idParams = z.object({ id: opaqueIdSchema });
const diplomaParams = z.object({ diploma: opaqueIdSchema });
/** `logo` or `cachet`; any other well-formed kind is no image of ours (404, as an unknown diploma). */
const imageParams = z.object({ kind: opaqueIdSchema });
const importParams = z.object({ importId: opaqueIdSchema });
const userParams = z.object({ userId: opaqueIdSchema });
const divisionParams = z.object({ code: divisionCodeSchema });
const attachmentParams = z.object({ id: opaqueIdSchema, attachmentId: opaqueIdSchema });

/** Every route of the API. CDK, the local gateway, the guard, the SPA's client and the access-matrix test read it. */
// One route per line, so the table reads (and diffs) as a table.
// prettier-ignore
export const ROUTES = [
  route({ id: 'auth.establishment', method: 'GET', path: '/api/auth/establishments/{uai}', function: 'auth', access: { kind: 'public' }, params: z.object({ uai: uaiSchema }), response: establishmentPublicSchema }),
  route({ id: 'auth.login', method: 'POST', path: '/api/auth/login', function: 'auth', access: { kind: 'public' }, body: loginRequestSchema, response: loginResponseSchema }),
  route({ id: 'auth.new-password', method: 'POST', path: '/api/auth/new-password', function: 'auth', access: { kind: 'public' }, body: newPasswordRequestSchema, response: sessionResponseSchema }),
  route({ id: 'auth.refresh', method: 'POST', path: '/api/auth/refresh', function: 'auth', access: { kind: 'public' }, response: sessionResponseSchema }),
  route({ id: 'auth.logout', method: 'POST', path: '/api/auth/logout', function: 'auth', access: { kind: 'public' }, response: okSchema }),

  route({ id: 'compte.me', method: 'GET', path: '/api/compte', function: 'compte', access: { kind: 'authenticated' }, response: currentUserSchema }),
  route({ id: 'compte.change-email', method: 'PUT', path: '/api/compte/email', function: 'compte', access: { kind: 'authenticated' }, body: changeEmailRequestSchema, response: currentUserSchema }),
  route({ id: 'compte.change-password', method: 'PUT', path: '/api/compte/password', function: 'compte', access: { kind: 'authenticated' }, body: changePasswordRequestSchema, response: okSchema }),

  route({ id: 'parametres.get-establishment', method: 'GET', path: '/api/parametres/etablissement', function: 'parametres', access: { kind: 'module', module: 'parametres', action: 'read' }, response: establishmentSettingsSchema }),
  route({ id: 'parametres.update-establishment', method: 'PUT', path: '/api/parametres/etablissement', function: 'parametres', access: { kind: 'module', module: 'parametres', action: 'write' }, body: updateEstablishmentSettingsSchema, response: establishmentSettingsSchema }),
  route({ id: 'parametres.upload-image', method: 'PUT', path: '/api/parametres/images/{kind}', function: 'parametres', access: { kind: 'module', module: 'parametres', action: 'write' }, params: imageParams, body: uploadImageRequestSchema, response: establishmentSettingsSchema }),
  route({ id: 'parametres.delete-image', method: 'DELETE', path: '/api/parametres/images/{kind}', function: 'parametres', access: { kind: 'module', module: 'parametres', action: 'write' }, params: imageParams, response: establishmentSettingsSchema }),
  // Evaluation codes and input masks are shown by grids, forms and dashboards: every profile reads them.
  route({ id: 'parametres.get-codes', method: 'GET', path: '/api/parametres/codes', function: 'parametres', access: { kind: 'authenticated' }, response: codeSettingsSchema }),
  route({ id: 'parametres.update-codes', method: 'PUT', path: '/api/parametres/codes', function: 'parametres', access: { kind: 'module', module: 'parametres', action: 'write' }, body: updateCodeSettingsSchema, response: codeSettingsSchema }),
  route({ id: 'parametres.get-mask', method: 'GET', path: '/api/parametres/masques/{diploma}', function: 'parametres', access: { kind: 'authenticated' }, params: diplomaParams, response: inputMaskSchema }),
  route({ id: 'parametres.update-mask', method: 'PUT', path: '/api/parametres/masques/{diploma}', function: 'parametres', access: { kind: 'module', module: 'parametres', action: 'write' }, params: diplomaParams, body: updateInputMaskSchema, response: inputMaskSchema }),

  route({ id: 'import.list', method: 'GET', path: '/api/imports', function: 'import', access: { kind: 'module', module: 'import', action: 'read' }, response: importRunListSchema }),
  route({ id: 'import.start', method: 'POST', path: '/api/imports', function: 'import', access: { kind: 'module', module: 'import', action: 'write' }, body: startImportRequestSchema, response: startImportResponseSchema, status: 201 }),
  route({ id: 'import.get', method: 'GET', path: '/api/imports/{importId}', function: 'import', access: { kind: 'module', module: 'import', action: 'read' }, params: importParams, response: importRunSchema }),
  route({ id: 'import.confirm', method: 'POST', path: '/api/imports/{importId}/confirm', function: 'import', access: { kind: 'module', module: 'import', action: 'write' }, params: importParams, response: importRunSchema, status: 202 }),
  route({ id: 'import.result-file', method: 'GET', path: '/api/imports/{importId}/result.xlsx', function: 'import', access: { kind: 'module', module: 'import', action: 'read' }, params: importParams, response: downloadSchema }),

  route({ id: 'utilisateurs.list', method: 'GET', path: '/api/utilisateurs', function: 'utilisateurs', access: { kind: 'module', module: 'utilisateurs', action: 'read' }, response: staffListSchema }),
  route({ id: 'utilisateurs.create', method: 'POST', path: '/api/utilisateurs', function: 'utilisateurs', access: { kind: 'module', module: 'utilisateurs', action: 'write' }, body: createStaffUserSchema, response: staffUserSchema, status: 201 }),
  route({ id: 'utilisateurs.update', method: 'PUT', path: '/api/utilisateurs/{userId}', function: 'utilisateurs', access: { kind: 'module', module: 'utilisateurs', action: 'write' }, params: userParams, body: updateStaffUserSchema, response: staffUserSchema }),
  route({ id: 'utilisateurs.delete', method: 'DELETE', path: '/api/utilisateurs/{userId}', function: 'utilisateurs', access: { kind: 'module', module: 'utilisateurs', action: 'write' }, params: userParams, response: okSchema }),
  route({ id: 'utilisateurs.reset-password', method: 'POST', path: '/api/utilisateurs/{userId}/reset-password', function: 'utilisateurs', access: { kind: 'module', module: 'utilisateurs', action: 'write' }, params: userParams, response: resetResultSchema }),

  route({ id: 'acces-eleves.divisions', method: 'GET', path: '/api/acces-eleves/divisions', function: 'acces-eleves', access: { kind: 'module', module: 'acces-eleves', action: 'read' }, response: divisionsListSchema }),
  route({ id: 'acces-eleves.division', method: 'GET', path: '/api/acces-eleves/divisions/{code}', function: 'acces-eleves', access: { kind: 'module', module: 'acces-eleves', action: 'read' }, params: divisionParams, response: learnerAccessListSchema }),
  route({ id: 'acces-eleves.logins-file', method: 'GET', path: '/api/acces-eleves/divisions/{code}/identifiants.xlsx', function: 'acces-eleves', access: { kind: 'module', module: 'acces-eleves', action: 'read' }, params: divisionParams, response: downloadSchema }),
  route({ id: 'acces-eleves.reset', method: 'POST', path: '/api/acces-eleves/reset', function: 'acces-eleves', access: { kind: 'module', module: 'acces-eleves', action: 'write' }, body: resetLearnersRequestSchema, response: resetLearnersResponseSchema }),

  route({ id: 'acces-parents.divisions', method: 'GET', path: '/api/acces-parents/divisions', function: 'acces-parents', access: { kind: 'module', module: 'acces-parents', action: 'read' }, response: parentDivisionsSchema }),
  route({ id: 'acces-parents.division', method: 'GET', path: '/api/acces-parents/divisions/{code}', function: 'acces-parents', access: { kind: 'module', module: 'acces-parents', action: 'read' }, params: divisionParams, response: parentDivisionDetailSchema }),
  route({ id: 'acces-parents.open', method: 'POST', path: '/api/acces-parents/divisions/{code}/open', function: 'acces-parents', access: { kind: 'module', module: 'acces-parents', action: 'write' }, params: divisionParams, body: openParentAccessRequestSchema, response: openParentAccessResponseSchema }),
  route({ id: 'acces-parents.reset-password', method: 'POST', path: '/api/acces-parents/guardians/{userId}/reset-password', function: 'acces-parents', access: { kind: 'module', module: 'acces-parents', action: 'write' }, params: userParams, response: resetResultSchema }),

  route({ id: 'abonnement.get', method: 'GET', path: '/api/abonnement', function: 'abonnement', access: { kind: 'module', module: 'abonnement', action: 'read' }, response: subscriptionSchema }),

  // Référentiels: the tree is read by every screen that shows competences; the establishment's
  // complements (complexités, aléas, recommended BEP activities) are Paramètres.
  route({ id: 'referentiels.list', method: 'GET', path: '/api/referentiels', function: 'referentiels', access: { kind: 'authenticated' }, response: referentielListSchema }),
  route({ id: 'referentiels.get', method: 'GET', path: '/api/referentiels/{diploma}', function: 'referentiels', access: { kind: 'authenticated' }, params: diplomaParams, response: referentielViewSchema }),
  route({ id: 'referentiels.get-complements', method: 'GET', path: '/api/parametres/referentiels/{diploma}/complements', function: 'referentiels', access: { kind: 'module', module: 'parametres', action: 'read' }, params: diplomaParams, response: complementsSchema }),
  route({ id: 'referentiels.update-complements', method: 'PUT', path: '/api/parametres/referentiels/{diploma}/complements', function: 'referentiels', access: { kind: 'module', module: 'parametres', action: 'write' }, params: diplomaParams, body: updateComplementsRequestSchema, response: complementsSchema }),

  // Gestion des scénarios (guide 3.7): a level's scenarios, private to their author or public to the team.
  route({ id: 'scenarios.list', method: 'GET', path: '/api/scenarios', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'read' }, query: scenarioListQuerySchema, response: scenarioListSchema }),
  route({ id: 'scenarios.get', method: 'GET', path: '/api/scenarios/{id}', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'read' }, params: idParams, response: scenarioSchema }),
  route({ id: 'scenarios.create', method: 'POST', path: '/api/scenarios', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'write' }, body: createScenarioSchema, response: scenarioSchema, status: 201 }),
  route({ id: 'scenarios.update', method: 'PUT', path: '/api/scenarios/{id}', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'write' }, params: idParams, body: updateScenarioSchema, response: scenarioSchema }),
  route({ id: 'scenarios.delete', method: 'DELETE', path: '/api/scenarios/{id}', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'write' }, params: idParams, response: okSchema }),
  route({ id: 'scenarios.duplicate', method: 'POST', path: '/api/scenarios/{id}/duplicate', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'write' }, params: idParams, body: duplicateScenarioSchema, response: scenarioSchema, status: 201 }),
  route({ id: 'scenarios.export-docx', method: 'GET', path: '/api/scenarios/{id}/export.docx', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'read' }, params: idParams, response: downloadSchema }),
  route({ id: 'scenarios.grid-divisions', method: 'GET', path: '/api/scenarios/{id}/grille/classes', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'read' }, params: idParams, response: scenarioGridDivisionsSchema }),
  route({ id: 'scenarios.observation-grid', method: 'GET', path: '/api/scenarios/{id}/grille.xlsx', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'read' }, params: idParams, query: observationGridQuerySchema, response: downloadSchema }),
  route({ id: 'scenarios.request-attachment-upload', method: 'POST', path: '/api/scenarios/{id}/pieces-jointes', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'write' }, params: idParams, body: requestAttachmentUploadSchema, response: attachmentUploadSchema, status: 201 }),
  route({ id: 'scenarios.download-attachment', method: 'GET', path: '/api/scenarios/{id}/pieces-jointes/{attachmentId}', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'read' }, params: attachmentParams, response: attachmentDownloadSchema }),
  route({ id: 'scenarios.delete-attachment', method: 'DELETE', path: '/api/scenarios/{id}/pieces-jointes/{attachmentId}', function: 'scenarios', access: { kind: 'module', module: 'scenarios', action: 'write' }, params: attachmentParams, response: okSchema }),
  // Gestion des évaluations (guide 3.8): the author's evaluations of the current school year; learners read the visible ones.
  route({ id: 'evaluations.list', method: 'GET', path: '/api/evaluations', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, response: evaluationListSchema }),
  route({ id: 'evaluations.learners', method: 'GET', path: '/api/evaluations/apprenants', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, response: teacherLearnersSchema }),
  route({ id: 'evaluations.create', method: 'POST', path: '/api/evaluations', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, body: createEvaluationSchema, response: evaluationGridSchema, status: 201 }),
  route({ id: 'evaluations.get', method: 'GET', path: '/api/evaluations/{id}', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, params: idParams, response: evaluationGridSchema }),
  route({ id: 'evaluations.update', method: 'PUT', path: '/api/evaluations/{id}', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, params: idParams, body: updateEvaluationSchema, response: evaluationGridSchema }),
  route({ id: 'evaluations.set-visibility', method: 'PUT', path: '/api/evaluations/{id}/visibility', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, params: idParams, body: evaluationVisibilitySchema, response: evaluationGridSchema }),
  route({ id: 'evaluations.delete', method: 'DELETE', path: '/api/evaluations/{id}', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, params: idParams, response: okSchema }),
  route({ id: 'evaluations.save-cell', method: 'PUT', path: '/api/evaluations/{id}/cells', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, params: idParams, body: saveCellSchema, response: cellSchema }),
  route({ id: 'evaluations.save-comment', method: 'PUT', path: '/api/evaluations/{id}/comments', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, params: idParams, body: saveCommentSchema, response: commentSchema }),
  route({ id: 'evaluations.fill', method: 'POST', path: '/api/evaluations/{id}/fill', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, params: idParams, body: fillCellsSchema, response: fillResultSchema }),
  route({ id: 'evaluations.blank-sheet', method: 'GET', path: '/api/evaluations/{id}/feuille.xlsx', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'write' }, params: idParams, response: downloadSchema }),
  route({ id: 'evaluations.mine', method: 'GET', path: '/api/mes-evaluations', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'read' }, query: learnerEvaluationsQuerySchema, response: learnerEvaluationListSchema }),
  route({ id: 'evaluations.mine-get', method: 'GET', path: '/api/mes-evaluations/{id}', function: 'evaluations', access: { kind: 'module', module: 'evaluations', action: 'read' }, params: idParams, response: learnerEvaluationSchema }),
  // Consultation des évaluations (guide 3.9): the author's evaluations of previous school years, read-only but for visibility.
  route({ id: 'consultation.list', method: 'GET', path: '/api/consultation', function: 'evaluations', access: { kind: 'module', module: 'consultation', action: 'read' }, query: consultationQuerySchema, response: evaluationListSchema }),
  route({ id: 'consultation.get', method: 'GET', path: '/api/consultation/{id}', function: 'evaluations', access: { kind: 'module', module: 'consultation', action: 'read' }, params: idParams, response: evaluationGridSchema }),
  route({ id: 'consultation.set-visibility', method: 'PUT', path: '/api/consultation/{id}/visibility', function: 'evaluations', access: { kind: 'module', module: 'consultation', action: 'write' }, params: idParams, body: evaluationVisibilitySchema, response: evaluationGridSchema }),
] as const satisfies readonly RouteDef[];

export type RouteId = (typeof ROUTES)[number]['id'];

export type RouteOf<I extends RouteId> = Extract<(typeof ROUTES)[number], { id: I }>;

/** The route with this id, typed precisely so its handler gets typed body and caller. */
export function routeById<I extends RouteId>(id: I): RouteOf<I> {
  const found = ROUTES.find((candidate) => candidate.id === id);
  if (!found) throw new Error(`Unknown route ${id}`);
  return found as RouteOf<I>;
}

/** The API Gateway route key, e.g. `POST /api/auth/login`. */
export function routeKey(route: Pick<RouteDef, 'method' | 'path'>): string {
  return `${route.method} ${route.path}`;
}

/**
 * Matches a concrete request path against the table, as API Gateway does, and extracts
 * the path parameters (URL-decoded). Returns null when no route has this path.
 */
export function matchRoute(method: string, path: string): { route: RouteDef; pathParameters: Record<string, string> } | { route: null; pathExists: boolean } {
  let pathExists = false;
  for (const candidate of ROUTES as readonly RouteDef[]) {
    const parameters = matchPath(candidate.path, path);
    if (!parameters) continue;
    pathExists = true;
    if (candidate.method === method) return { route: candidate, pathParameters: parameters };
  }
  return { route: null, pathExists };
}

function matchPath(template: string, path: string): Record<string, string> | null {
  const templateParts = template.split('/');
  const pathParts = path.split('/');
  if (templateParts.length !== pathParts.length) return null;
  const parameters: Record<string, string> = {};
  for (let index = 0; index < templateParts.length; index += 1) {
    const expected = templateParts[index]!;
    const actual = pathParts[index]!;
    if (expected.startsWith('{') && expected.endsWith('}')) {
      if (actual === '') return null;
      try {
        parameters[expected.slice(1, -1)] = decodeURIComponent(actual);
      } catch {
        return null;
      }
    } else if (expected !== actual) {
      return null;
    }
  }
  return parameters;
}
