/**
 * The one catalogue of API errors. Codes are stable (clients and tests rely on them); each maps
 * to an HTTP status and a French message a user can act on. Domain code throws `AppError(code)`;
 * the error middleware turns it into `{ error: { code, message } }`.
 */
export const ERRORS = {
  BAD_JSON: { status: 400, message: 'Le contenu envoyé n’est pas un JSON valide.' },
  VALIDATION_FAILED: { status: 400, message: 'Certaines informations saisies sont invalides.' },
  UNSUPPORTED_MEDIA_TYPE: { status: 415, message: 'Le contenu doit être envoyé au format JSON.' },
  BODY_TOO_LARGE: { status: 413, message: 'La requête est trop volumineuse (1 Mo au plus).' },
  ROUTE_NOT_FOUND: { status: 404, message: 'Cette adresse n’existe pas.' },
  METHOD_NOT_ALLOWED: { status: 405, message: 'Cette opération n’est pas permise à cette adresse.' },
  UNAUTHENTICATED: { status: 401, message: 'Votre session a expiré. Veuillez vous reconnecter.' },
  FORBIDDEN: { status: 403, message: 'Votre profil ne donne pas accès à cette fonction.' },
  ESTABLISHMENT_UNKNOWN: { status: 404, message: 'Aucun établissement ne correspond à ce code. Vérifiez l’adresse reçue.' },
  ESTABLISHMENT_EXISTS: { status: 409, message: 'Un établissement existe déjà avec ce code UAI.' },
  AUTH_INVALID_CREDENTIALS: { status: 401, message: 'Identifiant ou mot de passe incorrect.' },
  AUTH_ACCOUNT_SUSPENDED: { status: 403, message: 'Ce compte est suspendu. Adressez-vous à l’administrateur de votre établissement.' },
  AUTH_THROTTLED: { status: 429, message: 'Trop de tentatives de connexion. Patientez quelques minutes avant de réessayer.' },
  AUTH_CHALLENGE_EXPIRED: { status: 401, message: 'Le délai pour choisir un nouveau mot de passe est dépassé. Reconnectez-vous.' },
  AUTH_WRONG_CURRENT_PASSWORD: { status: 400, message: 'Le mot de passe actuel est incorrect.' },
  PASSWORD_POLICY: { status: 400, message: 'Le mot de passe doit comporter au moins 6 caractères.' },
  PASSWORD_UNCHANGED: { status: 400, message: 'Le nouveau mot de passe doit être différent du mot de passe initial.' },
  ACCOUNT_EXISTS: { status: 409, message: 'Un compte existe déjà avec cet identifiant.' },
  NOT_FOUND: { status: 404, message: 'L’élément demandé n’existe pas ou n’est plus disponible.' },
  SCENARIO_NOT_AUTHOR: { status: 403, message: 'Seul l’auteur peut modifier ce scénario.' },
  QUOTA_EXCEEDED: { status: 409, message: 'Le quota de pièces jointes de ce diplôme est atteint : supprimez des fichiers ou demandez à l’administrateur d’augmenter le quota.' },
  CONFLICT: { status: 409, message: 'Ces informations ont été modifiées entre-temps. Rechargez la page.' },
  INTERNAL: { status: 500, message: 'Une erreur inattendue est survenue. Réessayez ; si le problème persiste, contactez l’assistance.' },
  // Importer des fichiers (SIECLE, STS-Web)
  FILE_EMPTY: { status: 400, message: 'Le fichier choisi est vide : ce n’est pas un export SIECLE. Exportez-le à nouveau depuis SIECLE ou STS-Web et déposez-le sans l’ouvrir ni le modifier.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/** The body of every error answer of the API. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: FieldProblem[]; current?: unknown };
}

/** One invalid field, for forms to show next to the input. */
export interface FieldProblem {
  field: string;
  message: string;
}

/** An expected failure with a stable code; `message` overrides the catalogue's when more precise. */
export class AppError extends Error {
  readonly code: ErrorCode;
  readonly status: number;
  readonly details?: FieldProblem[];
  /** On a conflict (409), the fresh state the client must show instead of what it had. */
  readonly current?: unknown;

  constructor(code: ErrorCode, options: { message?: string; details?: FieldProblem[]; current?: unknown } = {}) {
    super(options.message ?? ERRORS[code].message);
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    if (options.details) this.details = options.details;
    if (options.current !== undefined) this.current = options.current;
  }

  toBody(): ErrorBody {
    return { error: { code: this.code, message: this.message, ...(this.details ? { details: this.details } : {}), ...(this.current !== undefined ? { current: this.current } : {}) } };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}
