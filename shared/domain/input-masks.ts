import { DIPLOMAS, type DiplomaId } from './diplomas.ts';

/**
 * Input masks (guide 3.6.2 « Modifier les masques de saisie »): an establishment may relabel
 * some fields of the scenario form (Gestion des scénarios) and of the passport fiche form
 * (Passeport professionnel), per diploma. Only labels change: the fields, what they hold and
 * how they are stored stay the same.
 */
export const MASK_FORMS = ['scenario', 'passport'] as const;
export type MaskForm = (typeof MASK_FORMS)[number];

/** The maskable fields of each form, with their default French label, in form order. */
export const MASKABLE_FIELDS = {
  scenario: [
    { field: 'title', label: 'Titre du scénario' },
    { field: 'context', label: 'Contexte' },
    { field: 'materials', label: 'Matériels / logiciels' },
    { field: 'links', label: 'Liens' },
    { field: 'resources', label: 'Ressources' },
    { field: 'attachments', label: 'Pièces jointes' },
  ],
  passport: [
    { field: 'title', label: 'Titre de la fiche' },
    { field: 'date', label: 'Date' },
    { field: 'place', label: 'Lieu' },
    { field: 'context', label: 'Contexte' },
    { field: 'conditions', label: 'Conditions de réalisation' },
    { field: 'description', label: 'Description détaillée' },
    { field: 'attachments', label: 'Pièces jointes et liens' },
  ],
} as const satisfies Record<MaskForm, readonly { field: string; label: string }[]>;

export type MaskableField<F extends MaskForm> = (typeof MASKABLE_FIELDS)[F][number]['field'];

/** Labels of one diploma's forms, field by field. */
export interface InputMask {
  scenario: Record<MaskableField<'scenario'>, string>;
  passport: Record<MaskableField<'passport'>, string>;
}

/** What is stored: only the labels that differ from the defaults, so improved defaults reach everyone else. */
export interface InputMaskOverrides {
  scenario?: Partial<Record<string, string>>;
  passport?: Partial<Record<string, string>>;
}

export const MASK_LABEL_MAX_LENGTH = 60;

/** Diplomas that have masks: all the product knows. */
export const MASK_DIPLOMAS: readonly DiplomaId[] = DIPLOMAS.map((diploma) => diploma.id);

/** @example defaultMask().passport.conditions // 'Conditions de réalisation' */
export function defaultMask(): InputMask {
  return {
    scenario: Object.fromEntries(MASKABLE_FIELDS.scenario.map(({ field, label }) => [field, label])) as InputMask['scenario'],
    passport: Object.fromEntries(MASKABLE_FIELDS.passport.map(({ field, label }) => [field, label])) as InputMask['passport'],
  };
}

/**
 * The labels to show: stored overrides over the defaults (unknown stored fields are ignored).
 * @example effectiveMask({ passport: { place: 'Lieu de stage' } }).passport.place // 'Lieu de stage'
 */
export function effectiveMask(overrides: InputMaskOverrides | null | undefined): InputMask {
  const mask = defaultMask();
  for (const form of MASK_FORMS) {
    const labels = mask[form] as Record<string, string>;
    for (const [field, label] of Object.entries(overrides?.[form] ?? {})) {
      if (field in labels && label) labels[field] = label;
    }
  }
  return mask;
}

/**
 * The overrides to store for labels as submitted (trimmed): those equal to the default dropped.
 * @example maskOverrides({ passport: { place: ' Lieu de stage ', date: 'Date' } }) // { scenario: {}, passport: { place: 'Lieu de stage' } }
 */
export function maskOverrides(submitted: InputMaskOverrides): Required<InputMaskOverrides> {
  const defaults = defaultMask();
  const result: Required<InputMaskOverrides> = { scenario: {}, passport: {} };
  for (const form of MASK_FORMS) {
    for (const [field, label] of Object.entries(submitted[form] ?? {})) {
      const value = (label ?? '').trim();
      if (value !== (defaults[form] as Record<string, string>)[field]) result[form][field] = value;
    }
  }
  return result;
}

export interface MaskProblem {
  path: (string | number)[];
  message: string;
}

/**
 * What is wrong with submitted labels, in French: unknown fields, empty or too long labels.
 * @example validateMask({ scenario: { budget: 'Budget' } }) // [{ path: ['scenario', 'budget'], message: 'Champ inconnu : « budget ».' }]
 */
export function validateMask(submitted: InputMaskOverrides): MaskProblem[] {
  const problems: MaskProblem[] = [];
  for (const form of MASK_FORMS) {
    const known = new Set<string>(MASKABLE_FIELDS[form].map((entry) => entry.field));
    for (const [field, label] of Object.entries(submitted[form] ?? {})) {
      const value = (label ?? '').trim();
      if (!known.has(field)) problems.push({ path: [form, field], message: `Champ inconnu : « ${field} ».` });
      else if (value.length === 0) problems.push({ path: [form, field], message: 'Saisissez un intitulé, ou rétablissez celui par défaut.' });
      else if (value.length > MASK_LABEL_MAX_LENGTH)
        problems.push({ path: [form, field], message: `L’intitulé compte ${MASK_LABEL_MAX_LENGTH} caractères au plus.` });
    }
  }
  return problems;
}
