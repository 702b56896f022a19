import type { IsoDate } from './calendar-date.ts';
import { modulesOf, type ModuleId } from './modules.ts';
import type { Profile } from './profiles.ts';
import { canExportPassport } from './school-year.ts';

/**
 * The modules a person may use today. People who left are hidden from every module (guide
 * 3.1.3), except a learner's *Export du passeport professionnel*, kept for 3 months after leaving.
 * An empty list means the person cannot sign in any more.
 * @example modulesForMember({ profile: 'apprenant', leftOn: '2026-10-01' }, '2026-11-29') // ['export-passeport']
 */
export function modulesForMember(member: { profile: Profile; leftOn: IsoDate | null }, today: IsoDate): ModuleId[] {
  if (member.leftOn === null || member.leftOn > today) return modulesOf(member.profile).map((module) => module.id);
  if (member.profile === 'apprenant' && canExportPassport(member.leftOn, today)) return ['export-passeport'];
  return [];
}
