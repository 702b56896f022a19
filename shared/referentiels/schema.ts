import * as z from 'zod';

/**
 * The format of a référentiel file of `data/` (see `data/README.md`), one schema per level: the
 * file's own fields, each node, each qualifier. Node and qualifier schemas are applied one by one
 * during the tree walk (`model.ts`), so every fault is reported with its place, and what can only
 * be checked across the tree (duplicates, stats, targets) is checked there.
 */

export const NODE_KINDS = ['pole', 'group', 'class-of-situations', 'competence', 'sub-competence', 'activity', 'indicator', 'behaviour', 'knowledge'] as const;

export const QUALIFIER_TYPES = ['complexite', 'alea'] as const;

const filled = (message: string) => z.string({ error: message }).refine((value) => value.trim() !== '', message);
const found = (expected: string) => (issue: { input?: unknown }) => `${expected}, found ${JSON.stringify(issue.input)}`;

/** The file's top level; `nodes` and `qualifiers.items` are walked item by item. */
export const referentielFileSchema = z.looseObject({
  schema_version: z.string({ error: found('expected "1.x"') }).startsWith('1.', { error: found('expected "1.x"') }),
  diploma: z.looseObject(
    { code: filled('missing or empty'), title: filled('missing or empty'), short_title: z.string().optional() },
    { error: 'missing object' },
  ),
  evaluable_kinds: z
    .array(z.enum(NODE_KINDS), { error: `expected a non-empty list of ${NODE_KINDS.join(', ')}` })
    .min(1, `expected a non-empty list of ${NODE_KINDS.join(', ')}`)
    .optional(),
  nodes: z.array(z.unknown(), { error: 'missing array' }).min(1, 'empty'),
  stats: z.record(z.string(), z.unknown(), { error: 'expected an object of counts by kind' }).optional(),
  qualifiers: z.looseObject({ items: z.array(z.unknown(), { error: 'missing array' }) }, { error: 'expected an object with items' }).optional(),
});

/** One node of the tree; its messages name the field, the walk prefixes the node's place. */
export const referentielNodeSchema = z.looseObject(
  {
    id: filled('id missing or empty'),
    code: z.string({ error: found('code must be a string or null') }).nullable(),
    kind: z.enum(NODE_KINDS, { error: (issue) => `unknown kind ${JSON.stringify(issue.input)} (known: ${NODE_KINDS.join(', ')})` }),
    title: filled('title missing or empty'),
    exported_for_certification: z.boolean({ error: 'exported_for_certification must be true or false' }).optional(),
    children: z.array(z.unknown(), { error: 'children must be an array (empty for a leaf)' }),
  },
  { error: 'not an object' },
);

/** One complexité or aléa of `qualifiers.items`, attached to a situation or else to its pôle. */
export const qualifierSchema = z.looseObject(
  {
    id: z.string({ error: 'id missing' }).min(1, 'id missing'),
    type: z.enum(QUALIFIER_TYPES, { error: found('type must be complexite or alea') }),
    title: filled('title missing or empty'),
  },
  { error: 'not an object' },
);

/** The file-level issues as `place: message`, the place written as in the file (`diploma.code`, `qualifiers.items`). */
export function issuesOf(error: z.ZodError): string[] {
  return error.issues.map((issue) => {
    const place = issue.path.reduce<string>((at, key) => (typeof key === 'number' ? `${at}[${key}]` : at ? `${at}.${String(key)}` : String(key)), '');
    return `${place}: ${issue.message}`;
  });
}
