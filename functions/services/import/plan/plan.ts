import { planGuardians } from './plan-guardians.ts';
import { planLearners } from './plan-learners.ts';
import { planStaff } from './plan-staff.ts';
import { LoginBook } from './login-book.ts';
import { emptyPlan, type ImportPlan, type RunFiles, type Snapshot } from './types.ts';

/**
 * What importing these files into this establishment does. Pure and deterministic for the
 * same inputs (new user ids aside), so the analysis shows what the import will do and a
 * re-run of the same files plans nothing.
 */
export function planImport(files: RunFiles, snapshot: Snapshot, today: string): ImportPlan {
  const plan = emptyPlan();
  if ((files.eleves || files.responsables) && !files.sts && !snapshot.staffImported) {
    plan.errors.push({
      code: 'STAFF_FIRST',
      message:
        'Importez d’abord le fichier des personnels (sts_emp_<UAI>_<année>.xml, depuis STS-Web) : il crée les classes et les groupes auxquels les élèves sont rattachés. Importez ensuite les élèves et les responsables.',
    });
    return plan;
  }
  const logins = new LoginBook(snapshot.users);
  if (files.sts) planStaff(files.sts, snapshot, logins, today, plan);
  if (files.eleves) planLearners(files.eleves, snapshot, logins, today, plan);
  if (files.responsables) planGuardians(files.responsables, snapshot, logins, today, plan);
  return plan;
}
