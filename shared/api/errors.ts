/**
 * The one catalogue of API errors. Codes are stable (clients and tests rely on them); each maps
 * to an HTTP status and a French message a user can act on. Domain code throws `AppError(code)`;
 * the error middleware turns it into `{ error: { code, message } }`. Generic codes (NOT_FOUND,
 * FORBIDDEN, CONFLICT…) are for generic cases; each specific refusal has its own code. A message
 * may name parameters between braces, given at the throw: `new AppError('ATTACHMENTS_LIMIT',
 * { params: { max: 10 } })` (the compiler checks them).
 */
// One code per line, so the catalogue reads (and diffs) as a table.
// prettier-ignore
export const ERRORS = {
  BAD_JSON: { status: 400, message: 'Le contenu envoyé n’est pas un JSON valide.' },
  VALIDATION_FAILED: { status: 400, message: 'Certaines informations sont invalides : {problem}' },
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
  AUTH_THROTTLED: { status: 429, message: 'Trop de tentatives de connexion. Réessayez dans {minutes} min.' },
  /** The provider's own throttle, which does not say for how long. */
  ACCOUNT_THROTTLED: { status: 429, message: 'Trop de tentatives de connexion. Patientez quelques minutes avant de réessayer.' },
  AUTH_CHALLENGE_EXPIRED: { status: 401, message: 'Le délai pour choisir un nouveau mot de passe est dépassé. Reconnectez-vous.' },
  AUTH_WRONG_CURRENT_PASSWORD: { status: 400, message: 'Le mot de passe actuel est incorrect.' },
  /** `reason`: passwordProblem() of shared/domain/account-policy.ts, the wording the browser shows too. */
  PASSWORD_POLICY: { status: 400, message: 'Le mot de passe doit comporter au moins 6 caractères.' },
  PASSWORD_UNCHANGED: { status: 400, message: 'Le nouveau mot de passe doit être différent du mot de passe initial.' },
  ACCOUNT_EXISTS: { status: 409, message: 'Un compte existe déjà avec cet identifiant.' },
  NOT_FOUND: { status: 404, message: 'L’élément demandé n’existe pas ou n’est plus disponible.' },
  SCENARIO_NOT_AUTHOR: { status: 403, message: 'Seul l’auteur peut modifier ce scénario.' },
  QUOTA_EXCEEDED: { status: 409, message: 'Le quota de pièces jointes du {diploma} ({quota}) ne permet pas d’ajouter ce fichier de {size} : il reste {free}. Supprimez des pièces jointes ou demandez à l’administrateur d’augmenter le quota.' },
  QUOTA_EXCEEDED_BY_COPY: { status: 409, message: 'Le quota de pièces jointes du {diploma} ({quota}) ne permet pas d’ajouter la copie de la pièce jointe de {size} : il reste {free}. Supprimez des pièces jointes ou demandez à l’administrateur d’augmenter le quota.' },
  QUOTA_EXCEEDED_BY_COPIES: { status: 409, message: 'Le quota de pièces jointes du {diploma} ({quota}) ne permet pas d’ajouter les copies des {count} pièces jointes de {size} : il reste {free}. Supprimez des pièces jointes ou demandez à l’administrateur d’augmenter le quota.' },

  // Structure, référentiels, Paramètres
  DIVISION_UNKNOWN: { status: 404, message: 'La classe « {code} » n’existe pas dans l’établissement.' },
  REFERENTIEL_UNKNOWN: { status: 404, message: 'Aucun référentiel ne correspond à ce diplôme.' },
  DIPLOMA_UNKNOWN: { status: 404, message: 'Diplôme inconnu : « {diploma} ».' },
  IMAGE_EMPTY: { status: 400, message: 'L’image est vide.' },
  IMAGE_TOO_LARGE: { status: 400, message: 'L’image dépasse {max} : réduisez-la avant de l’envoyer.' },
  IMAGE_NOT_PNG_OR_JPEG: { status: 400, message: 'Ce fichier n’est pas une image PNG ou JPEG.' },
  IMAGE_WRONG_TYPE: { status: 400, message: 'Ce fichier est en réalité une image {real} : choisissez le bon type.' },

  // Scénarios
  SCENARIO_NOT_FOUND: { status: 404, message: 'Ce scénario n’existe pas ou n’est pas public.' },
  SCENARIO_DELETE_NOT_AUTHOR: { status: 403, message: 'Seul l’auteur peut supprimer ce scénario.' },
  SCENARIO_CHANGED: { status: 409, message: 'Ce scénario a été modifié entre-temps (dans un autre onglet ou sur un autre appareil). Rechargez-le avant de le modifier à nouveau.' },
  SCENARIO_ATTACHMENTS_CHANGED: { status: 409, message: 'Les pièces jointes du scénario ont changé pendant la duplication : rechargez-le et dupliquez-le à nouveau.' },
  SCENARIO_DIPLOMA_WITHOUT_REFERENTIEL: { status: 400, message: 'Choisissez un diplôme qui a un référentiel (Bac Pro).' },
  SCENARIO_DIPLOMA_NOT_TAUGHT: { status: 400, message: 'Vous n’enseignez dans aucune classe du {diploma} : choisissez le diplôme d’une de vos classes.' },
  ITEMS_OF_OTHER_DIPLOMA: { status: 400, message: 'Ces items appartiennent au référentiel d’un autre diplôme que le {diploma} : {items}.' },
  ITEMS_UNKNOWN: { status: 400, message: 'Ces items n’existent pas dans le référentiel du {diploma} : {items}.' },
  ITEMS_NOT_EVALUABLE: { status: 400, message: 'Ces éléments du référentiel ne sont pas des items évaluables (choisissez les compétences au bout de l’arbre) : {items}.' },
  QUALIFIERS_NOT_OFFERED: { status: 400, message: 'Le {diploma} n’a pas de complexités ni d’aléas.' },
  QUALIFIERS_OF_UNCHOSEN_ITEM: { status: 400, message: 'Des complexités ou aléas sont donnés pour {item}, qui n’est pas un item choisi du scénario.' },
  QUALIFIERS_NOT_OF_ITEM: { status: 400, message: 'Ces complexités ou aléas ne correspondent pas à l’item {item} : {qualifiers}.' },
  GRID_DIVISIONS_NOT_TAUGHT: { status: 403, message: 'Vous ne pouvez produire la grille que pour vos propres classes et groupes : {codes} n’en fait pas partie.' },
  ATTACHMENT_NOT_FOUND: { status: 404, message: 'Cette pièce jointe n’existe pas ou a déjà été supprimée.' },
  ATTACHMENT_NAME_EMPTY: { status: 400, message: 'Le nom du fichier est vide.' },
  ATTACHMENTS_LIMIT: { status: 400, message: 'Un scénario a {max} pièces jointes au plus : supprimez-en une avant d’en ajouter une autre.' },

  // Utilisateurs
  USER_NOT_FOUND: { status: 404, message: 'Cet utilisateur n’existe pas ou ne fait plus partie de l’établissement.' },
  USER_WITHOUT_EMAIL: { status: 409, message: 'Cet utilisateur n’a pas d’adresse électronique : renseignez-la d’abord.' },
  USER_SUSPENDED_NO_RESET: { status: 409, message: 'Ce compte est suspendu : son mot de passe ne peut pas être réinitialisé.' },
  ESTABLISHMENT_INCOMPLETE: { status: 409, message: 'Renseignez d’abord le nom et l’adresse électronique de l’établissement dans Paramètres : ils figurent dans le courriel envoyé au nouvel utilisateur.' },
  USER_DELETE_SELF: { status: 409, message: 'Vous ne pouvez pas supprimer votre propre compte.' },
  USER_DELETE_IMPORTED: { status: 409, message: 'Les utilisateurs importés de SIECLE ne peuvent pas être supprimés : ils sont masqués automatiquement quand ils quittent l’établissement.' },
  LOGIN_UNAVAILABLE: { status: 409, message: 'Aucun identifiant libre n’a pu être réservé pour cet utilisateur. Réessayez.' },
  PROFILE_CHANGE_SELF: { status: 409, message: 'Vous ne pouvez pas modifier votre propre profil : demandez-le à un autre administrateur.' },
  PROFILE_CHANGE_IMPORTED: { status: 409, message: 'Le profil des utilisateurs importés vient de SIECLE et ne peut pas être modifié ici.' },
  DIVISION_CHOICE_UNKNOWN: { status: 400, message: 'Classe ou groupe inconnu : {code}.' },
  DIVISION_CHOICES_UNKNOWN: { status: 400, message: 'Classes ou groupes inconnus : {codes}.' },

  // Accès parents, accès élèves
  PARENT_ACCESS_NO_DIPLOMA: { status: 400, message: 'Les apprenants sans diplôme reconnu ne peuvent recevoir l’accès qu’avec toute la classe : utilisez « Donner l’accès aux parents » de la classe.' },
  DIPLOMA_NOT_IN_DIVISION: { status: 404, message: 'Ce diplôme n’est pas préparé dans la classe « {code} ».' },
  GUARDIAN_NOT_FOUND: { status: 404, message: 'Ce responsable n’existe pas ou ne fait plus partie de l’établissement.' },
  GUARDIAN_WITHOUT_EMAIL: { status: 409, message: 'Ce responsable n’a pas d’adresse électronique : elle doit être saisie dans SIECLE puis importée.' },
  PARENT_ACCESS_NOT_OPEN: { status: 409, message: 'L’accès n’a pas encore été donné aux parents de la classe de cet apprenant : donnez-le d’abord.' },
  LEARNERS_NOT_FOUND: { status: 404, message: 'Un des apprenants cochés n’existe pas ou a quitté l’établissement. Rechargez la liste puis recommencez.' },

  // Imports
  IMPORT_NOT_FOUND: { status: 404, message: 'Cet import n’existe pas.' },
  IMPORT_NOT_READY: { status: 409, message: 'Cet import ne peut pas être lancé : son analyse n’est pas terminée ou a relevé des erreurs.' },
  IMPORT_RESULT_NOT_READY: { status: 404, message: 'Cet import n’est pas terminé : son résultat n’existe pas encore.' },

  // Évaluations
  EVALUATION_NOT_FOUND: { status: 404, message: 'Cette évaluation n’existe pas ou ne vous appartient pas.' },
  EVALUATION_NOT_VISIBLE: { status: 404, message: 'Cette évaluation n’existe pas ou n’est pas visible.' },
  EVALUATION_PREVIOUS_YEAR: { status: 404, message: 'Cette évaluation appartient à une année scolaire précédente : retrouvez-la dans « Consultation des évaluations ».' },
  EVALUATION_CURRENT_YEAR: { status: 404, message: 'Cette évaluation est de l’année scolaire en cours : retrouvez-la dans « Gestion des évaluations ».' },
  EVALUATION_CHANGED: { status: 409, message: 'Cette évaluation a été modifiée entre-temps (dans un autre onglet, sur un autre appareil). La version à jour est affichée : refaites votre modification si elle est toujours utile.' },
  COMMENT_CHANGED: { status: 409, message: 'Ce commentaire vient d’être modifié ailleurs (autre onglet ou autre appareil). Le texte actuel est affiché : vérifiez-le avant de le changer.' },
  RESULT_CHANGED: { status: 409, message: 'Ce résultat vient d’être modifié ailleurs (autre onglet ou autre appareil). La valeur actuelle est affichée : vérifiez-la avant de la changer.' },
  SCHOOL_YEAR_NOT_PAST: { status: 400, message: 'La consultation porte sur les années scolaires précédentes ; l’année en cours est dans « Gestion des évaluations ».' },
  EVALUATION_DATE_OUT_OF_YEAR: { status: 400, message: 'La date doit appartenir à l’année scolaire en cours ({year}, du 1er septembre au 31 août).' },
  EVALUATION_DIPLOMA_MISSING: { status: 400, message: 'Choisissez un diplôme.' },
  EVALUATION_LEVEL_MISSING: { status: 400, message: 'Choisissez un niveau : 1BPRO3, 2BPRO3 ou 3BPRO3.' },
  EVALUATION_ITEMS_MISSING: { status: 400, message: 'Choisissez au moins un item à évaluer.' },
  EVALUATION_ITEMS_EMPTIED: { status: 400, message: 'Gardez au moins un item à évaluer.' },
  EVALUATION_LEARNERS_NOT_TAUGHT: { status: 400, message: 'Ces apprenants ne sont pas dans vos classes ou vos groupes (ou ont quitté l’établissement) : {learners}.' },
  EVALUATION_LEARNERS_UNKNOWN: { status: 400, message: 'Ces apprenants ne font pas partie de l’évaluation : {learners}.' },
  EVALUATION_ITEMS_UNKNOWN: { status: 400, message: 'Ces items ne font pas partie de l’évaluation : {items}.' },

  CONFLICT: { status: 409, message: 'Ces informations ont été modifiées entre-temps. Rechargez la page.' },
  INTERNAL: { status: 500, message: 'Une erreur inattendue est survenue. Réessayez ; si le problème persiste, contactez l’assistance.' },
  // Authentication: passwords a user chooses (shared/domain/account-policy.ts).
  PASSWORD_TOO_LONG: { status: 400, message: 'Le mot de passe ne peut pas dépasser 128 caractères.' },
  PASSWORD_EDGE_SPACE: { status: 400, message: 'Le mot de passe ne peut pas commencer ni finir par une espace.' },
  PASSWORD_CONTROL_CHARACTER: { status: 400, message: 'Le mot de passe contient un caractère invisible (tabulation, retour à la ligne…). Saisissez-le à nouveau sans le coller.' },
  PASSWORD_IS_LOGIN: { status: 400, message: 'Le mot de passe ne peut pas être votre identifiant.' },
  PASSWORD_IS_BIRTH_DATE: { status: 400, message: 'Le mot de passe ne peut pas être votre date de naissance, quelle que soit son écriture.' },
  PASSWORD_TOO_COMMON: { status: 400, message: 'Ce mot de passe fait partie des plus courants et se devine facilement. Choisissez-en un autre.' },
  // Importer des fichiers (SIECLE, STS-Web)
  FILE_EMPTY: { status: 400, message: 'Le fichier choisi est vide : ce n’est pas un export SIECLE. Exportez-le à nouveau depuis SIECLE ou STS-Web et déposez-le sans l’ouvrir ni le modifier.' },
} as const satisfies Record<string, { status: number; message: string }>;

export type ErrorCode = keyof typeof ERRORS;

/**
 * The parameters a message names between braces.
 * @example ParamsOf<'Choisissez {max} classes au plus.'> // 'max'
 */
type ParamsOf<Message extends string> = Message extends `${string}{${infer Name}}${infer Rest}` ? Name | ParamsOf<Rest> : never;

/** The parameters of a code's message: `ErrorParams<'ATTACHMENTS_LIMIT'>` is `'max'`. */
export type ErrorParams<C extends ErrorCode> = ParamsOf<(typeof ERRORS)[C]['message']>;

/** The body of every error answer of the API. */
export interface ErrorBody {
  error: { code: ErrorCode; message: string; details?: FieldProblem[]; current?: unknown };
}

/** One invalid field, for forms to show next to the input. */
export interface FieldProblem {
  field: string;
  message: string;
}

interface ErrorOptions {
  /** Field problems (from a schema), for forms to show beside their inputs. */
  details?: FieldProblem[];
  /** The one field the refusal is about: its problem is the message itself. */
  field?: string;
  /** On a conflict (409), the fresh state the client must show instead of what it had. */
  current?: unknown;
}

/** Options of a code: `params` is required, with exactly its names, when its message has some. */
type OptionsOf<C extends ErrorCode> = [ErrorParams<C>] extends [never]
  ? [options?: ErrorOptions & { params?: never }]
  : [options: ErrorOptions & { params: Record<ErrorParams<C>, string | number> }];

/**
 * The catalogue's message of `code`, its parameters filled in.
 * @example errorMessage('ATTACHMENTS_LIMIT', { max: 20 }) // 'Un scénario a 20 pièces jointes au plus : …'
 */
export function errorMessage(code: ErrorCode, params: Record<string, string | number> = {}): string {
  return ERRORS[code].message.replace(/\{(\w+)\}/g, (placeholder, name: string) => (name in params ? String(params[name]) : placeholder));
}

/**
 * An expected failure with a stable code. Its message is always the catalogue's: no text is
 * written where it is thrown. @example new AppError('ATTACHMENTS_LIMIT', { params: { max: 10 } })
 */
export class AppError<C extends ErrorCode = ErrorCode> extends Error {
  readonly code: C;
  readonly status: number;
  readonly details?: FieldProblem[];
  /** On a conflict (409), the fresh state the client must show instead of what it had. */
  readonly current?: unknown;

  constructor(code: C, ...[options = {}]: OptionsOf<C>) {
    super(errorMessage(code, options.params));
    this.name = 'AppError';
    this.code = code;
    this.status = ERRORS[code].status;
    const details = options.details ?? (options.field === undefined ? undefined : [{ field: options.field, message: this.message }]);
    if (details) this.details = details;
    if (options.current !== undefined) this.current = options.current;
  }

  toBody(): ErrorBody {
    return {
      error: {
        code: this.code,
        message: this.message,
        ...(this.details ? { details: this.details } : {}),
        ...(this.current !== undefined ? { current: this.current } : {}),
      },
    };
  }
}

export function isAppError(error: unknown): error is AppError {
  return error instanceof AppError;
}

/** VALIDATION_FAILED naming the first problem, with all of them for the form. A failed parse has at least one. */
export function invalid(details: FieldProblem[]): AppError<'VALIDATION_FAILED'> {
  return new AppError('VALIDATION_FAILED', { params: { problem: details[0]?.message ?? '' }, details });
}
