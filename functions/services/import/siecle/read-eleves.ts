import { isDivisionCode } from '#shared/domain/division-code.ts';
import { dateField, emailField, schoolYearOf } from './fields.ts';
import { displayName, learnerLabel, problems } from './messages.ts';
import { attr, child, children, text, type XmlNode } from './nodes.ts';
import type { ElevesFile, ReadContext, SiecleLearner } from './types.ts';
import { cleanName, sexFromCode } from './values.ts';

/** SIECLE's pseudo-division for learners no longer in a class. */
const INACTIVE_DIVISION = 'inactifs';

interface Placement {
  divisions: string[];
  groups: string[];
  inactive: boolean;
  /** STRUCTURE elements without a code or with an unknown type, for the warning. */
  incomplete: string[];
}

/**
 * ElevesSansAdresses / ElevesAvecAdresses (root BEE_ELEVES). The class and groups are joined by
 * the ELEVE_ID attribute of STRUCTURES_ELEVE; the class is the `D` structure, not the first one.
 */
export function readEleves(root: XmlNode, uai: string, ctx: ReadContext): ElevesFile {
  const schoolYear = schoolYearOf(root, 'eleves', ctx);
  const data = child(root, 'DONNEES');
  const placements = placementsOf(data, ctx);
  const nodes = children(child(data, 'ELEVES'), 'ELEVE');
  if (nodes.length === 0) ctx.errors.push(problems.noRecords('eleves'));

  const learners: SiecleLearner[] = [];
  const byId = new Map<string, SiecleLearner>();
  const byIne = new Map<string, SiecleLearner>();
  nodes.forEach((node, index) => {
    const learner = readLearner(node, index + 1, placements, ctx);
    if (!learner) return;
    const who = describe(learner);
    const twin = byId.get(learner.eleveId);
    if (twin) {
      ctx.errors.push(problems.idDuplicate(describe(twin), who, learner.eleveId));
      return;
    }
    byId.set(learner.eleveId, learner);
    if (learner.ine) {
      const sameIne = byIne.get(learner.ine);
      if (sameIne) ctx.warnings.push(problems.ineDuplicate(learner.ine, describe(sameIne), who));
      else byIne.set(learner.ine, learner);
    }
    learners.push(learner);
  });

  const listed = new Set(nodes.map((node) => attr(node, 'ELEVE_ID')));
  for (const [eleveId, placement] of placements) {
    if (!listed.has(eleveId)) {
      ctx.warnings.push(problems.structureUnknownLearner(eleveId, [...placement.divisions, ...placement.groups]));
    }
  }
  return { kind: 'eleves', uai, schoolYear, learners };
}

function readLearner(node: XmlNode, position: number, placements: Map<string, Placement>, ctx: ReadContext): SiecleLearner | null {
  const eleveId = attr(node, 'ELEVE_ID');
  // NOM_USAGE is often present but empty; NOM is the field before summer 2016.
  const lastName = cleanName(text(node, 'NOM_USAGE')) ?? cleanName(text(node, 'NOM_DE_FAMILLE')) ?? cleanName(text(node, 'NOM'));
  const firstName = cleanName(text(node, 'PRENOM'));
  const who = learnerLabel(displayName(lastName, firstName), eleveId);
  if (!eleveId) {
    ctx.errors.push(problems.idMissing(who, position, 'ELEVE_ID'));
    return null;
  }
  if (!lastName) ctx.errors.push(problems.nameMissing(who, 'nom'));
  if (!firstName) ctx.errors.push(problems.nameMissing(who, 'prénom'));
  const birthDate = dateField(ctx, text(node, 'DATE_NAISS'), 'date de naissance', who, 'JJ/MM/AAAA');
  const leftOn = dateField(ctx, text(node, 'DATE_SORTIE'), 'date de sortie', who, 'JJ/MM/AAAA');
  const email = emailField(ctx, text(node, 'MEL'), who);
  if (!lastName || !firstName) return null;

  const placement = placements.get(eleveId);
  const [division = null, ...otherDivisions] = placement?.divisions ?? [];
  const left = leftOn !== null && leftOn <= ctx.today;
  if (placement?.incomplete.length) ctx.warnings.push(problems.structureIncomplete(who, placement.incomplete.join(' ; ')));
  if (division && otherDivisions.length) ctx.warnings.push(problems.learnerSeveralDivisions(who, division, otherDivisions));
  if (!division && !left) ctx.warnings.push(problems.learnerWithoutDivision(who, placement?.inactive ?? false));

  return {
    eleveId,
    ine: (text(node, 'ID_NATIONAL') ?? text(node, 'INE_RNIE') ?? text(node, 'INE_BEA'))?.toUpperCase() ?? null,
    lastName,
    firstName,
    birthDate,
    sex: sexFromCode(text(node, 'CODE_SEXE')),
    // Only the learner's own CODE_MEF: SCOLARITE_AN_DERNIER has last year's.
    mefCode: text(node, 'CODE_MEF'),
    email,
    leftOn,
    division,
    groups: placement?.groups ?? [],
  };
}

/** The classes and groups of each learner, by ELEVE_ID. */
function placementsOf(data: XmlNode | undefined, ctx: ReadContext): Map<string, Placement> {
  const placements = new Map<string, Placement>();
  for (const node of children(child(data, 'STRUCTURES'), 'STRUCTURES_ELEVE')) {
    const eleveId = attr(node, 'ELEVE_ID');
    const structures = children(node, 'STRUCTURE');
    if (!eleveId) {
      const codes = structures.map((structure) => text(structure, 'CODE_STRUCTURE') ?? '?').join(', ');
      ctx.warnings.push(problems.structureIncomplete('un élève non identifié (ELEVE_ID absent)', codes || 'aucune structure'));
      continue;
    }
    const placement = placements.get(eleveId) ?? { divisions: [], groups: [], inactive: false, incomplete: [] };
    placements.set(eleveId, placement);
    for (const structure of structures) {
      const code = text(structure, 'CODE_STRUCTURE');
      const type = text(structure, 'TYPE_STRUCTURE')?.toUpperCase() ?? null;
      // A code no key can hold (decision 56) places the learner nowhere, like an incomplete structure.
      if (!code || !isDivisionCode(code) || (type !== 'D' && type !== 'G')) {
        placement.incomplete.push(`CODE_STRUCTURE=${code ?? ''}, TYPE_STRUCTURE=${type ?? ''}`);
        continue;
      }
      if (type === 'D' && code.toLowerCase() === INACTIVE_DIVISION) placement.inactive = true;
      else if (type === 'D' && !placement.divisions.includes(code)) placement.divisions.push(code);
      else if (type === 'G' && !placement.groups.includes(code)) placement.groups.push(code);
    }
  }
  return placements;
}

function describe(learner: SiecleLearner): string {
  return learnerLabel(displayName(learner.lastName, learner.firstName), learner.eleveId);
}
