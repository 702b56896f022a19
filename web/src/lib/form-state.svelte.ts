import { ApiError } from '$lib/api.ts';
import { common } from '$lib/i18n/fr/common.ts';
import { focusFirstInvalid } from '$lib/password.ts';

/** A problem found in the browser by the shared rules, at a field's path (`degrees.RT.letter`). */
export interface FormProblem {
  path: readonly (string | number)[];
  message: string;
}

export interface SaveOptions<T> {
  /** What the shared rules found wrong before sending, shown without a request (under `message`, if any). */
  check?: { problems: readonly FormProblem[]; message?: string };
  request: () => Promise<T>;
  /**
   * A refusal the form shows under its fields alone, without the alert (a wrong current
   * password): the messages by field, or null to show the refusal as usual.
   */
  refusedFields?: (refusal: ApiError) => Record<string, string> | null;
  /** The success message, from the answer when it depends on it; none when the form closes. */
  savedMessage?: string | ((answer: T) => string);
}

/**
 * The state of a form (Paramètres, a user's record and alike): field errors by path, the alert and the
 * success message above it, the busy flag, and the form element to focus the first invalid
 * field in. `save` runs the shared checks, then the request, and shows the server's refusal
 * field by field.
 */
export class FormState {
  errors = $state<Record<string, string>>({});
  alert = $state<string | null>(null);
  saved = $state<string | null>(null);
  busy = $state(false);
  element = $state<HTMLFormElement>();

  /** How a refused form shows its first error; a page with folded sections unfolds them first. */
  constructor(private readonly reveal: (form: HTMLFormElement | undefined) => void = focusFirstInvalid) {}

  /** A field's message, or the first one inside it (`items.3` for `items`): one message per list. */
  errorOf(field: string): string | undefined {
    return this.errors[field] ?? Object.entries(this.errors).find(([path]) => path.startsWith(`${field}.`))?.[1];
  }

  clear(): void {
    this.alert = null;
    this.saved = null;
    this.errors = {};
  }

  /** The answer of the request once saved; null when refused (the messages are shown). */
  async save<T>(options: SaveOptions<T>): Promise<T | null> {
    this.alert = null;
    this.saved = null;
    const problems = options.check?.problems ?? [];
    this.errors = Object.fromEntries(problems.map((problem) => [problem.path.join('.'), problem.message]));
    if (options.check && problems.length > 0) {
      this.alert = options.check.message ?? null;
      this.reveal(this.element);
      return null;
    }
    this.busy = true;
    try {
      const answer = await options.request();
      this.saved = typeof options.savedMessage === 'function' ? options.savedMessage(answer) : (options.savedMessage ?? null);
      return answer;
    } catch (failure) {
      const problem = failure instanceof ApiError ? failure : null;
      const underFields = problem && options.refusedFields?.(problem);
      this.errors = underFields ?? problem?.fieldErrors() ?? {};
      this.alert = underFields ? null : (problem?.message ?? common.unexpectedError);
      this.reveal(this.element);
      return null;
    } finally {
      this.busy = false;
    }
  }
}
