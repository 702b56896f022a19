import type { Subscription } from '#shared/api/schemas/abonnement.ts';
import { DIPLOMAS } from '#shared/domain/diplomas.ts';
import type { Dependencies } from '#functions/services/ports/dependencies.ts';
import { loadEstablishment } from '../auth/load-member.ts';

/** 3 GB per diploma for all its learners and teachers, unless the operator raised it (guide 3.2). */
export const DEFAULT_QUOTA_BYTES = 3 * 1024 ** 3;

/**
 * @example percentUsed(1024 ** 3, DEFAULT_QUOTA_BYTES) // 33.3
 */
export function percentUsed(usedBytes: number, quotaBytes: number): number {
  if (quotaBytes <= 0) return usedBytes > 0 ? 100 : 0;
  return Math.round((usedBytes / quotaBytes) * 1000) / 10;
}

/**
 * Informations abonnement (guide 3.2): the establishment's account, its plan, and for each
 * diploma taught in it the space its attachments take against its quota. A diploma is taught
 * when a class or a current learner has it; the common 2nde, which has no référentiel and so no
 * attachments of its own, shows only if something was stored under it.
 */
export async function subscription(deps: Pick<Dependencies, 'establishments' | 'structure' | 'users' | 'storageUsage'>, uai: string): Promise<Subscription> {
  const usage = deps.storageUsage;
  const [establishment, structure, learners, counters] = await Promise.all([
    loadEstablishment(deps, uai),
    deps.structure.list(uai),
    deps.users.listByProfile(uai, ['apprenant']),
    usage.list(uai),
  ]);
  const used = new Map(counters.map((counter) => [counter.diploma, counter]));
  const taught = new Set<string>([
    ...structure.flatMap((division) => division.diplomas ?? []),
    ...learners.flatMap((learner) => (learner.leftOn === null && learner.diploma ? [learner.diploma] : [])),
  ]);
  const withoutAttachments = (diploma: string) => DIPLOMAS.find((known) => known.id === diploma)?.referentiel === null;
  const diplomas = [...new Set([...taught].filter((diploma) => !withoutAttachments(diploma)).concat([...used.keys()]))].sort(byCatalogueOrder);

  return {
    establishment: { uai: establishment.uai, name: establishment.name, email: establishment.email },
    plan: establishment.plan,
    storage: diplomas.map((diploma) => {
      const quotaBytes = establishment.quotas?.[diploma] ?? DEFAULT_QUOTA_BYTES;
      const passportBytes = used.get(diploma)?.passportBytes ?? 0;
      const scenarioBytes = used.get(diploma)?.scenarioBytes ?? 0;
      return {
        diploma,
        label: DIPLOMAS.find((known) => known.id === diploma)?.label ?? diploma,
        quotaBytes,
        passportBytes,
        scenarioBytes,
        percentUsed: percentUsed(passportBytes + scenarioBytes, quotaBytes),
      };
    }),
  };
}

/** The order of the diploma catalogue (by family, old before new); unknown ids last. */
function byCatalogueOrder(a: string, b: string): number {
  const rank = (diploma: string) => {
    const index = DIPLOMAS.findIndex((known) => known.id === diploma);
    return index === -1 ? DIPLOMAS.length : index;
  };
  return rank(a) - rank(b) || a.localeCompare(b);
}
