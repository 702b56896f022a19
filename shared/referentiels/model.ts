import { issuesOf, NODE_KINDS, QUALIFIER_TYPES, qualifierSchema, referentielFileSchema, referentielNodeSchema } from './schema.ts';

/**
 * A référentiel as the app uses it, built from one JSON file of `data/` and checked on the way
 * in. Nothing here knows a particular diploma: a new diploma is a new file (see `index.ts`).
 * No Node-only API: the SPA loads référentiels too.
 */

export { NODE_KINDS, QUALIFIER_TYPES };
export type NodeKind = (typeof NODE_KINDS)[number];

/** GA « complexités » and « aléas », listed per situation (or per pôle) in increasing difficulty. */
export type QualifierType = (typeof QUALIFIER_TYPES)[number];

/** How far a file can be relied on; mirrors `ReferentielStatus` of `shared/domain/diplomas.ts`. */
export type ReferentielStatus = 'complete' | 'structure-complete' | 'provisional' | 'skeleton';

export interface ReferentielNode {
  /** Unique in the file, stable, prefixed with the diploma (`ga.1.1.1`): the app's foreign key. */
  readonly id: string;
  /** The code printed in the référentiel (`1.1.1`, `G2C1.3`), null when the text has none. */
  readonly code: string | null;
  readonly kind: NodeKind;
  readonly title: string;
  /** The référentiel's own word for the item (« situation professionnelle »…), when the file gives it. */
  readonly sourceLabel: string | null;
  /** Transport/Logistique groups (and Métiers de la logistique bloc 1) assessed in E31 from PFMP work. */
  readonly exportedForCertification: boolean;
  readonly parentId: string | null;
  readonly children: readonly ReferentielNode[];
  /** Every field of the file's node (certification, tasks, notes…), for screens that need more. */
  readonly data: Readonly<Record<string, unknown>>;
}

export interface Qualifier {
  /** Shipped: the file's id (`ga.q.1.1.1.cx1`, ours, not official); added by an establishment: `est.…`. */
  readonly id: string;
  readonly type: QualifierType;
  /** The node it qualifies: a GA situation (`ga.1.1.1`) or a pôle (`ga.1`). */
  readonly targetId: string;
  readonly title: string;
  /** `referentiel`: as shipped; `etablissement`: added or reworded by the establishment. */
  readonly origin: 'referentiel' | 'etablissement';
}

export interface DiplomaInfo {
  /** `diploma.code` of the file (`BACPRO-GA`), our stable key, not an official code. */
  readonly code: string;
  readonly title: string;
  readonly shortTitle: string;
}

export interface Referentiel {
  readonly diploma: DiplomaInfo;
  readonly status: ReferentielStatus | null;
  readonly roots: readonly ReferentielNode[];
  /** Every node, depth first, in the référentiel's order. */
  readonly nodes: readonly ReferentielNode[];
  byId(id: string): ReferentielNode | undefined;
  byCode(code: string): ReferentielNode | undefined;
  /** The items teachers evaluate and dashboards track (see `evaluableKindsRule`). */
  evaluableItems(): readonly ReferentielNode[];
  isEvaluable(id: string): boolean;
  /** Whether the diploma has complexités and aléas at all (a `qualifiers` block: GA). */
  readonly hasQualifiers: boolean;
  /** Complexités and aléas, shipped or merged with an establishment's (`withComplements`). */
  readonly qualifiers: readonly Qualifier[];
  /** The complexités and aléas of one situation or pôle, in order. */
  qualifiersOf(targetId: string, type?: QualifierType): readonly Qualifier[];
  /** Groups whose PFMP work sheets are exported for certification (`exported_for_certification`). */
  readonly certificationGroups: readonly ReferentielNode[];
  /** Recommended activities of the attached diploma (BEP MSA) per evaluable item; empty as shipped. */
  readonly recommendedActivities: ReadonlyMap<string, readonly string[]>;
  /** Node counts by kind, computed from the tree. */
  readonly counts: Readonly<Partial<Record<NodeKind, number>>>;
  /** The parsed file, for its free-form blocks (coverage, certification, ga_links…). */
  readonly file: Readonly<Record<string, unknown>>;
}

/** A file that is not a usable référentiel; `problems` lists every fault found, each with its place. */
export class ReferentielFormatError extends Error {
  constructor(
    readonly source: string,
    readonly problems: readonly string[],
  ) {
    super(`Invalid référentiel ${source}: ${problems.slice(0, 10).join('; ')}${problems.length > 10 ? `; … (${problems.length - 10} more)` : ''}`);
    this.name = 'ReferentielFormatError';
  }
}

export interface LoadOptions {
  /** Named in errors (a file name); defaults to the file's `diploma.code`. */
  source?: string;
  status?: ReferentielStatus;
  /** When given, the file's `diploma.code` must be this one (guards a wrong file behind a name). */
  expectedCode?: string;
}

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json => typeof value === 'object' && value !== null && !Array.isArray(value);
const isKind = (value: unknown): value is NodeKind => typeof value === 'string' && (NODE_KINDS as readonly string[]).includes(value);

/**
 * Which nodes are evaluated, decided from the data:
 * - a file may list them itself with a top-level `evaluable_kinds` (e.g. `["activity"]`);
 * - otherwise each `competence` is evaluated, unless it is split into `sub-competence` nodes
 *   (Transport and Logistique « compétences détaillées », i.e. the product's « compétences
 *   inclusives », Métiers de la logistique Cx.y.z): then those are.
 * So GA: the 55 situations professionnelles; BEP MSA: compétences détaillées; Transport and
 * Logistique: compétences détaillées (their performance indicators are not in the texts);
 * AGOrA, OTM: competences. Indicators, behaviours and knowledge describe an item, they are
 * not evaluated on their own.
 */
export function evaluableKindsRule(node: ReferentielNode, evaluableKinds: readonly NodeKind[] | null): boolean {
  if (evaluableKinds) return evaluableKinds.includes(node.kind);
  if (node.kind === 'competence') return !node.children.some((child) => child.kind === 'sub-competence');
  return node.kind === 'sub-competence';
}

/**
 * Checks any référentiel file and builds its model. Throws `ReferentielFormatError` listing
 * every problem (unique ids and codes, known kinds, children arrays, `stats` matching the tree,
 * qualifiers pointing at real nodes, certification groups agreeing with `exported_for_certification`).
 * @example loadReferentiel(gaJson, { status: 'structure-complete' }).byCode('1.1.1')?.title // 'Tenue des dossiers fournisseurs et sous-traitants'
 */
export function loadReferentiel(json: unknown, options: LoadOptions = {}): Referentiel {
  if (!isObject(json)) throw new ReferentielFormatError(options.source ?? '(file)', ['the file is not a JSON object']);
  const file: Json = json;
  const checked = referentielFileSchema.safeParse(file);
  const problems: string[] = checked.success ? [] : issuesOf(checked.error);
  // Read as far as possible even when the file is faulty, so every problem is listed at once.
  const rawDiploma = isObject(file.diploma) ? file.diploma : null;
  const code = typeof rawDiploma?.code === 'string' ? rawDiploma.code.trim() : '';
  const source = options.source ?? (code || '(file)');
  if (options.expectedCode && code && code !== options.expectedCode) {
    problems.push(`diploma.code: expected ${options.expectedCode}, found ${code}`);
  }
  const kinds = referentielFileSchema.shape.evaluable_kinds.safeParse(file.evaluable_kinds);
  const evaluableKinds = kinds.success ? (kinds.data ?? null) : null;

  const byId = new Map<string, ReferentielNode>();
  const placeOfId = new Map<string, string>();
  const byCode = new Map<string, ReferentielNode>();
  const placeOfCode = new Map<string, string>();
  const all: ReferentielNode[] = [];

  const build = (raw: unknown, place: string, parentId: string | null): ReferentielNode | null => {
    const parsed = referentielNodeSchema.safeParse(raw);
    const fields: Json = isObject(raw) ? raw : {};
    const id = typeof fields.id === 'string' ? fields.id.trim() : '';
    const where = id ? `${place} (${id})` : place;
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${where}: ${issue.message}`));
    if (!isObject(raw)) return null;
    let ok = parsed.success;
    if (id && placeOfId.has(id)) {
      problems.push(`${place}: duplicate id "${id}" (first at ${placeOfId.get(id)})`);
      ok = false;
    }
    if (id && !placeOfId.has(id)) placeOfId.set(id, place);
    const nodeCode = typeof raw.code === 'string' && raw.code.trim() ? raw.code.trim() : null;
    if (nodeCode !== null) {
      if (placeOfCode.has(nodeCode)) problems.push(`${where}: duplicate code "${nodeCode}" (first at ${placeOfCode.get(nodeCode)})`);
      else placeOfCode.set(nodeCode, place);
    }
    const children: ReferentielNode[] = [];
    const node: ReferentielNode = {
      id,
      code: nodeCode,
      kind: raw.kind as NodeKind,
      title: typeof raw.title === 'string' ? raw.title : '',
      sourceLabel: typeof raw.source_label === 'string' ? raw.source_label : null,
      exportedForCertification: raw.exported_for_certification === true,
      parentId,
      children,
      data: raw,
    };
    all.push(node);
    if (Array.isArray(raw.children)) {
      raw.children.forEach((child, index) => {
        const built = build(child, `${place}.children[${index}]`, id || null);
        if (built) children.push(built);
      });
    }
    if (!ok) return null;
    byId.set(id, node);
    if (nodeCode !== null && !byCode.has(nodeCode)) byCode.set(nodeCode, node);
    return node;
  };

  const roots: ReferentielNode[] = [];
  if (Array.isArray(file.nodes)) {
    file.nodes.forEach((raw, index) => {
      const node = build(raw, `nodes[${index}]`, null);
      if (node) roots.push(node);
    });
  }

  const counts: Partial<Record<NodeKind, number>> = {};
  for (const node of all) if (isKind(node.kind)) counts[node.kind] = (counts[node.kind] ?? 0) + 1;
  if (isObject(file.stats)) {
    for (const [kind, expected] of Object.entries(file.stats)) {
      if (!isKind(kind)) problems.push(`stats: unknown kind "${kind}"`);
      else if (expected !== (counts[kind] ?? 0)) problems.push(`stats.${kind}: the file says ${JSON.stringify(expected)}, the tree has ${counts[kind] ?? 0}`);
    }
    for (const kind of Object.keys(counts)) if (!(kind in file.stats)) problems.push(`stats.${kind}: missing (the tree has ${counts[kind as NodeKind]})`);
  }

  const evaluable = new Set(all.filter((node) => byId.get(node.id) === node && evaluableKindsRule(node, evaluableKinds)).map((node) => node.id));

  const qualifiers: Qualifier[] = [];
  const hasQualifiers = file.qualifiers !== undefined;
  const items = isObject(file.qualifiers) && Array.isArray(file.qualifiers.items) ? file.qualifiers.items : [];
  const seen = new Set<string>();
  items.forEach((raw, index) => {
    const place = `qualifiers.items[${index}]`;
    const parsed = qualifierSchema.safeParse(raw);
    if (!parsed.success) problems.push(...parsed.error.issues.map((issue) => `${place}: ${issue.message}`));
    if (!isObject(raw)) return;
    const id = typeof raw.id === 'string' ? raw.id : '';
    if (id && (seen.has(id) || byId.has(id))) problems.push(`${place}: duplicate id "${id}"`);
    seen.add(id);
    // A qualifier belongs to a situation when it names one, else to its pôle.
    const target = typeof raw.situation === 'string' ? byCode.get(raw.situation) : typeof raw.pole === 'string' ? byCode.get(raw.pole) : undefined;
    if (!target) problems.push(`${place}: situation ${JSON.stringify(raw.situation)} / pole ${JSON.stringify(raw.pole)} is not a node of the file`);
    else if (target.kind !== 'pole' && !evaluable.has(target.id)) problems.push(`${place}: ${target.id} is neither a pôle nor an evaluated item`);
    if (parsed.success && target) qualifiers.push({ id, type: parsed.data.type, targetId: target.id, title: parsed.data.title, origin: 'referentiel' });
  });

  const certificationGroups = all.filter((node) => node.exportedForCertification && byId.get(node.id) === node);
  const certification = isObject(file.certification) ? file.certification : null;
  if (certification && certification.pfmp_groups !== undefined) {
    const listed = Array.isArray(certification.pfmp_groups) ? [...certification.pfmp_groups].map(String).sort() : null;
    const marked = certificationGroups.map((node) => node.code ?? node.id).sort();
    if (!listed) problems.push('certification.pfmp_groups: expected a list of group codes');
    else if (listed.join() !== marked.join()) {
      problems.push(`certification.pfmp_groups lists ${listed.join(', ') || 'none'} but exported_for_certification marks ${marked.join(', ') || 'none'}`);
    }
  }

  if (problems.length > 0) throw new ReferentielFormatError(source, problems);

  const diploma: DiplomaInfo = {
    code,
    title: String(rawDiploma!.title),
    shortTitle: typeof rawDiploma!.short_title === 'string' ? rawDiploma!.short_title : String(rawDiploma!.title),
  };
  return buildReferentiel({
    diploma,
    status: options.status ?? null,
    roots,
    nodes: all,
    byId,
    byCode,
    evaluable,
    hasQualifiers,
    qualifiers,
    shipped: qualifiers,
    certificationGroups,
    recommendedActivities: new Map(),
    counts,
    file,
  });
}

interface Parts {
  diploma: DiplomaInfo;
  status: ReferentielStatus | null;
  roots: readonly ReferentielNode[];
  nodes: readonly ReferentielNode[];
  byId: ReadonlyMap<string, ReferentielNode>;
  byCode: ReadonlyMap<string, ReferentielNode>;
  evaluable: ReadonlySet<string>;
  hasQualifiers: boolean;
  qualifiers: readonly Qualifier[];
  /** The file's own complexités and aléas, kept apart from merged ones. */
  shipped: readonly Qualifier[];
  certificationGroups: readonly ReferentielNode[];
  recommendedActivities: ReadonlyMap<string, readonly string[]>;
  counts: Readonly<Partial<Record<NodeKind, number>>>;
  file: Readonly<Record<string, unknown>>;
}

/** Assembles the model; `withComplements` reuses it to swap qualifiers and recommendations. */
export function buildReferentiel(parts: Parts): Referentiel & { readonly parts: Parts } {
  const evaluableItems = parts.nodes.filter((node) => parts.evaluable.has(node.id));
  const byTarget = new Map<string, Qualifier[]>();
  for (const qualifier of parts.qualifiers) {
    const list = byTarget.get(qualifier.targetId) ?? [];
    list.push(qualifier);
    byTarget.set(qualifier.targetId, list);
  }
  return {
    parts,
    diploma: parts.diploma,
    status: parts.status,
    roots: parts.roots,
    nodes: parts.nodes,
    byId: (id) => parts.byId.get(id),
    byCode: (code) => parts.byCode.get(code),
    evaluableItems: () => evaluableItems,
    isEvaluable: (id) => parts.evaluable.has(id),
    hasQualifiers: parts.hasQualifiers,
    qualifiers: parts.qualifiers,
    qualifiersOf: (targetId, type) => (byTarget.get(targetId) ?? []).filter((qualifier) => !type || qualifier.type === type),
    certificationGroups: parts.certificationGroups,
    recommendedActivities: parts.recommendedActivities,
    counts: parts.counts,
    file: parts.file,
  };
}

/** The internals of a model built here, or null for an object made elsewhere. */
export function partsOf(referentiel: Referentiel): Parts | null {
  return 'parts' in referentiel ? (referentiel as Referentiel & { parts: Parts }).parts : null;
}
