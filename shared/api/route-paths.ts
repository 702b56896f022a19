import type { HttpMethod, RouteId, RouteOf } from './routes.ts';

/**
 * Method and path of every route, by id, without the zod schemas: what the SPA needs at run time
 * to call the API (importing `ROUTES` would ship every schema to the browser). The `satisfies`
 * below makes the compiler check this table against `ROUTES` route by route: a route added,
 * removed or moved there is a type error here until this table says the same. `public` marks the
 * routes called without an ID token (`access: { kind: 'public' }`).
 *
 * @example ROUTE_PATHS['scenarios.get'] // { method: 'GET', path: '/api/scenarios/{id}' }
 */
export const ROUTE_PATHS = {
  'auth.establishment': { method: 'GET', path: '/api/auth/establishments/{uai}', public: true },
  'auth.login': { method: 'POST', path: '/api/auth/login', public: true },
  'auth.new-password': { method: 'POST', path: '/api/auth/new-password', public: true },
  'auth.refresh': { method: 'POST', path: '/api/auth/refresh', public: true },
  'auth.logout': { method: 'POST', path: '/api/auth/logout', public: true },
  'compte.me': { method: 'GET', path: '/api/compte' },
  'compte.change-email': { method: 'PUT', path: '/api/compte/email' },
  'compte.change-password': { method: 'PUT', path: '/api/compte/password' },
  'parametres.get-establishment': { method: 'GET', path: '/api/parametres/etablissement' },
  'parametres.update-establishment': { method: 'PUT', path: '/api/parametres/etablissement' },
  'parametres.upload-image': { method: 'PUT', path: '/api/parametres/images/{kind}' },
  'parametres.delete-image': { method: 'DELETE', path: '/api/parametres/images/{kind}' },
  'parametres.get-codes': { method: 'GET', path: '/api/parametres/codes' },
  'parametres.update-codes': { method: 'PUT', path: '/api/parametres/codes' },
  'parametres.get-mask': { method: 'GET', path: '/api/parametres/masques/{diploma}' },
  'parametres.update-mask': { method: 'PUT', path: '/api/parametres/masques/{diploma}' },
  'import.list': { method: 'GET', path: '/api/imports' },
  'import.start': { method: 'POST', path: '/api/imports' },
  'import.get': { method: 'GET', path: '/api/imports/{importId}' },
  'import.confirm': { method: 'POST', path: '/api/imports/{importId}/confirm' },
  'import.result-file': { method: 'GET', path: '/api/imports/{importId}/result.xlsx' },
  'utilisateurs.list': { method: 'GET', path: '/api/utilisateurs' },
  'utilisateurs.create': { method: 'POST', path: '/api/utilisateurs' },
  'utilisateurs.update': { method: 'PUT', path: '/api/utilisateurs/{userId}' },
  'utilisateurs.delete': { method: 'DELETE', path: '/api/utilisateurs/{userId}' },
  'utilisateurs.reset-password': { method: 'POST', path: '/api/utilisateurs/{userId}/reset-password' },
  'acces-eleves.divisions': { method: 'GET', path: '/api/acces-eleves/divisions' },
  'acces-eleves.division': { method: 'GET', path: '/api/acces-eleves/divisions/{code}' },
  'acces-eleves.logins-file': { method: 'GET', path: '/api/acces-eleves/divisions/{code}/identifiants.xlsx' },
  'acces-eleves.reset': { method: 'POST', path: '/api/acces-eleves/reset' },
  'acces-parents.divisions': { method: 'GET', path: '/api/acces-parents/divisions' },
  'acces-parents.division': { method: 'GET', path: '/api/acces-parents/divisions/{code}' },
  'acces-parents.open': { method: 'POST', path: '/api/acces-parents/divisions/{code}/open' },
  'acces-parents.reset-password': { method: 'POST', path: '/api/acces-parents/guardians/{userId}/reset-password' },
  'abonnement.get': { method: 'GET', path: '/api/abonnement' },
  'referentiels.list': { method: 'GET', path: '/api/referentiels' },
  'referentiels.get': { method: 'GET', path: '/api/referentiels/{diploma}' },
  'referentiels.get-complements': { method: 'GET', path: '/api/parametres/referentiels/{diploma}/complements' },
  'referentiels.update-complements': { method: 'PUT', path: '/api/parametres/referentiels/{diploma}/complements' },
  'scenarios.list': { method: 'GET', path: '/api/scenarios' },
  'scenarios.get': { method: 'GET', path: '/api/scenarios/{id}' },
  'scenarios.create': { method: 'POST', path: '/api/scenarios' },
  'scenarios.update': { method: 'PUT', path: '/api/scenarios/{id}' },
  'scenarios.delete': { method: 'DELETE', path: '/api/scenarios/{id}' },
  'scenarios.duplicate': { method: 'POST', path: '/api/scenarios/{id}/duplicate' },
  'scenarios.export-docx': { method: 'GET', path: '/api/scenarios/{id}/export.docx' },
  'scenarios.grid-divisions': { method: 'GET', path: '/api/scenarios/{id}/grille/classes' },
  'scenarios.observation-grid': { method: 'GET', path: '/api/scenarios/{id}/grille.xlsx' },
  'scenarios.request-attachment-upload': { method: 'POST', path: '/api/scenarios/{id}/pieces-jointes' },
  'scenarios.download-attachment': { method: 'GET', path: '/api/scenarios/{id}/pieces-jointes/{attachmentId}' },
  'scenarios.delete-attachment': { method: 'DELETE', path: '/api/scenarios/{id}/pieces-jointes/{attachmentId}' },
  'evaluations.list': { method: 'GET', path: '/api/evaluations' },
  'evaluations.learners': { method: 'GET', path: '/api/evaluations/apprenants' },
  'evaluations.create': { method: 'POST', path: '/api/evaluations' },
  'evaluations.get': { method: 'GET', path: '/api/evaluations/{id}' },
  'evaluations.update': { method: 'PUT', path: '/api/evaluations/{id}' },
  'evaluations.set-visibility': { method: 'PUT', path: '/api/evaluations/{id}/visibility' },
  'evaluations.delete': { method: 'DELETE', path: '/api/evaluations/{id}' },
  'evaluations.save-cell': { method: 'PUT', path: '/api/evaluations/{id}/cells' },
  'evaluations.save-comment': { method: 'PUT', path: '/api/evaluations/{id}/comments' },
  'evaluations.fill': { method: 'POST', path: '/api/evaluations/{id}/fill' },
  'evaluations.blank-sheet': { method: 'GET', path: '/api/evaluations/{id}/feuille.xlsx' },
  'evaluations.mine': { method: 'GET', path: '/api/mes-evaluations' },
  'evaluations.mine-get': { method: 'GET', path: '/api/mes-evaluations/{id}' },
  'consultation.list': { method: 'GET', path: '/api/consultation' },
  'consultation.get': { method: 'GET', path: '/api/consultation/{id}' },
  'consultation.set-visibility': { method: 'PUT', path: '/api/consultation/{id}/visibility' },
} as const satisfies { readonly [I in RouteId]: RoutePath<I> };

/** What the table holds for one route, read off its definition in `ROUTES`. */
type RoutePath<I extends RouteId> = {
  readonly method: RouteOf<I>['method'];
  readonly path: RouteOf<I>['path'];
} & (RouteOf<I>['access'] extends { kind: 'public' } ? { readonly public: true } : { readonly public?: never });

export type { HttpMethod, RouteId };
