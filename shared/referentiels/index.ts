import { ATTACHED_DIPLOMAS, DIPLOMAS, type ReferentielRef } from '../domain/diplomas.ts';
import { loadReferentiel, type Referentiel } from './model.ts';

export * from './model.ts';
export * from './complements.ts';

/**
 * The référentiels the product ships, by diploma id (`shared/domain/diplomas.ts`), each loaded
 * on demand: the SPA fetches only the file of the diploma a screen shows (a separate chunk per
 * file), a Lambda parses a file on first use. A new diploma is its JSON file in `data/`, its line
 * in `diplomas.ts` and one line here (a literal `import()`, so bundlers can see the file).
 */
const FILES: Record<string, () => Promise<{ default: unknown }>> = {
  'ga.json': () => import('./data/ga.json', { with: { type: 'json' } }),
  'bep-msa.json': () => import('./data/bep-msa.json', { with: { type: 'json' } }),
  'transport.json': () => import('./data/transport.json', { with: { type: 'json' } }),
  'logistique.json': () => import('./data/logistique.json', { with: { type: 'json' } }),
  'agora.json': () => import('./data/agora.json', { with: { type: 'json' } }),
  'metiers-logistique.json': () => import('./data/metiers-logistique.json', { with: { type: 'json' } }),
  'otm.json': () => import('./data/otm.json', { with: { type: 'json' } }),
};

/** Diplomas with référentiel data: the Bac Pro of `DIPLOMAS` that have one, and the attached BEP MSA. */
export const REFERENTIELS: readonly { id: string; label: string; shortLabel: string; referentiel: ReferentielRef; attachedTo: string | null }[] = [
  ...DIPLOMAS.flatMap((d) =>
    d.referentiel ? [{ id: d.id, label: d.label, shortLabel: d.shortLabel, referentiel: d.referentiel as ReferentielRef, attachedTo: null }] : [],
  ),
  ...ATTACHED_DIPLOMAS.map((d) => ({
    id: d.id,
    label: d.label,
    shortLabel: d.shortLabel,
    referentiel: d.referentiel as ReferentielRef,
    attachedTo: d.attachedTo as string,
  })),
];

export type ReferentielId = string;

/** @example isReferentielId('bep-msa') // true; isReferentielId('2nde-gatl') // false */
export function isReferentielId(value: unknown): value is ReferentielId {
  return typeof value === 'string' && REFERENTIELS.some((entry) => entry.id === value);
}

/** The diploma whose activities may be recommended for this one's items (GA → BEP MSA), if any. */
export function attachedReferentielId(id: ReferentielId): ReferentielId | null {
  return REFERENTIELS.find((entry) => entry.attachedTo === id)?.id ?? null;
}

const cache = new Map<string, Promise<Referentiel>>();

/**
 * The shipped référentiel of a diploma, checked once and cached.
 * @example (await referentiel('ga')).evaluableItems().length // 55
 */
export function referentiel(id: ReferentielId): Promise<Referentiel> {
  const entry = REFERENTIELS.find((candidate) => candidate.id === id);
  if (!entry) return Promise.reject(new RangeError(`No référentiel for diploma ${id}`));
  let loading = cache.get(id);
  if (!loading) {
    const load = FILES[entry.referentiel.file];
    if (!load) return Promise.reject(new RangeError(`No data file ${entry.referentiel.file} for diploma ${id}`));
    loading = load().then((module) =>
      loadReferentiel(module.default, { source: entry.referentiel.file, status: entry.referentiel.status, expectedCode: entry.referentiel.code }),
    );
    loading.catch(() => cache.delete(id));
    cache.set(id, loading);
  }
  return loading;
}
