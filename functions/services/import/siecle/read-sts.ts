import { isDivisionCode } from '#shared/domain/division-code.ts';
import { dateField, schoolYearOf } from './fields.ts';
import { displayName, problems, staffLabel } from './messages.ts';
import { at, attr, child, children, ownText, text, type XmlNode } from './nodes.ts';
import { readMefs } from './read-nomenclatures.ts';
import type { ReadContext, StsDivision, StsFile, StsGroup, StsPerson, StsService, StsSubject } from './types.ts';
import { civilityFromCode, cleanName } from './values.ts';

/**
 * sts_emp_<UAI>_<YEAR>.xml (root STS_EDT). Who teaches what is in the services of divisions and
 * groups (ENSEIGNANT@ID → INDIVIDU@ID), not on the people. People without FONCTION (long leave…)
 * are left out; a warning names them only when a service still cites them.
 */
export function readSts(root: XmlNode, uai: string, ctx: ReadContext): StsFile {
  const schoolYear = schoolYearOf(root, 'sts', ctx);
  const source = child(at(root, 'PARAMETRES'), 'APPLICATION_SOURCE');
  if (source) ctx.warnings.push(problems.stsFromTimetableTool(ownText(source) ?? attr(source, 'NOM') ?? 'logiciel non précisé'));

  const nomenclatures = child(root, 'NOMENCLATURES');
  const subjects = readSubjects(children(child(nomenclatures, 'MATIERES'), 'MATIERE'), ctx);
  const mefs = readMefs(children(child(nomenclatures, 'MEFS'), 'MEF'), 'CODE', ctx);

  const data = child(root, 'DONNEES');
  const people = readPeople(data, ctx);
  const services = new ServiceReader(people, subjects, ctx);

  const structure = child(data, 'STRUCTURE');
  const codes = new Set<string>();
  const divisions = children(child(structure, 'DIVISIONS'), 'DIVISION')
    .map((node, index) => readDivision(node, index + 1, codes, services, ctx))
    .filter((division): division is StsDivision => division !== null);
  const divisionCodes = new Set(divisions.map((division) => division.code));
  const groups = children(child(structure, 'GROUPES'), 'GROUPE')
    .map((node, index) => readGroup(node, index + 1, codes, divisionCodes, services, ctx))
    .filter((group): group is StsGroup => group !== null);
  services.reportPeopleWithoutFunction();

  return { kind: 'sts', uai, schoolYear, subjects, mefs, staff: people.staff, divisions, groups };
}

function readSubjects(nodes: XmlNode[], ctx: ReadContext): Record<string, StsSubject> {
  // A Map, then fromEntries: a code such as `__proto__` stays a plain key.
  const subjects = new Map<string, StsSubject>();
  nodes.forEach((node, index) => {
    const code = attr(node, 'CODE');
    if (!code) {
      ctx.errors.push(problems.codeMissing('matière', index + 1, true));
      return;
    }
    if (subjects.has(code)) return;
    const managementCode = text(node, 'CODE_GESTION');
    const shortLabel = cleanName(text(node, 'LIBELLE_COURT')) ?? cleanName(text(node, 'LIBELLE_EDITION')) ?? managementCode ?? code;
    const longLabel = cleanName(text(node, 'LIBELLE_LONG')) ?? cleanName(text(node, 'LIBELLE_EDITION')) ?? shortLabel;
    subjects.set(code, { code, managementCode, shortLabel, longLabel });
  });
  return Object.fromEntries(subjects);
}

interface People {
  staff: StsPerson[];
  byId: Map<string, StsPerson>;
  /** People without FONCTION, by id, as named in messages. */
  withoutFunction: Map<string, string>;
}

function readPeople(data: XmlNode | undefined, ctx: ReadContext): People {
  const people: People = { staff: [], byId: new Map(), withoutFunction: new Map() };
  let withFunction = 0;
  const nodes = [
    ...children(child(data, 'INDIVIDUS'), 'INDIVIDU').map((node) => ({ node, substitute: false })),
    ...children(child(data, 'SUPPLEANTS'), 'SUPPLEANT').map((node) => ({ node, substitute: true })),
  ];
  nodes.forEach(({ node, substitute }, index) => {
    const id = attr(node, 'ID');
    const lastName = cleanName(text(node, 'NOM_USAGE')) ?? cleanName(text(node, 'NOM_PATRONYMIQUE'));
    const firstName = cleanName(text(node, 'PRENOM'));
    const who = staffLabel(displayName(lastName, firstName), id);
    const fonction = text(node, 'FONCTION');
    if (!fonction) {
      if (id && !people.withoutFunction.has(id)) people.withoutFunction.set(id, who);
      return;
    }
    withFunction++;
    if (!id) {
      ctx.errors.push(problems.idMissing(who, index + 1, 'ID'));
      return;
    }
    if (!lastName) ctx.errors.push(problems.nameMissing(who, 'nom'));
    if (!firstName) ctx.errors.push(problems.nameMissing(who, 'prénom'));
    // STS dates are ISO; TYPE="local" people may have none.
    const birthDate = dateField(ctx, text(node, 'DATE_NAISSANCE'), 'date de naissance', who, 'AAAA-MM-JJ');
    if (!lastName || !firstName) return;
    const person: StsPerson = {
      id,
      type: attr(node, 'TYPE') ?? '',
      civility: civilityFromCode(text(node, 'CIVILITE')),
      lastName,
      firstName,
      birthDate,
      function: fonction.toUpperCase(),
      disciplines: children(child(node, 'DISCIPLINES'), 'DISCIPLINE')
        .map((discipline) => ({ code: attr(discipline, 'CODE') ?? '', label: cleanName(text(discipline, 'LIBELLE_COURT')) ?? '' }))
        .filter((discipline) => discipline.code || discipline.label)
        .map((discipline) => ({ code: discipline.code, label: discipline.label || discipline.code })),
      substitute,
    };
    const twin = people.byId.get(id);
    if (twin) {
      ctx.warnings.push(problems.staffIdDuplicate(staffLabel(displayName(twin.lastName, twin.firstName), id), who, id));
      return;
    }
    people.byId.set(id, person);
    people.staff.push(person);
  });
  if (withFunction === 0) ctx.errors.push(problems.noRecords('sts'));
  return people;
}

/** Reads SERVICES, keeping only teachers who are staff, and gathers what it had to leave out. */
class ServiceReader {
  private readonly citedWithoutFunction = new Map<string, string[]>();
  private readonly reportedSubjects = new Set<string>();
  private readonly people: People;
  private readonly subjects: Record<string, StsSubject>;
  private readonly ctx: ReadContext;

  constructor(people: People, subjects: Record<string, StsSubject>, ctx: ReadContext) {
    this.people = people;
    this.subjects = subjects;
    this.ctx = ctx;
  }

  read(node: XmlNode, structureCode: string): StsService[] {
    const services: StsService[] = [];
    for (const service of children(child(node, 'SERVICES'), 'SERVICE')) {
      const subjectCode = attr(service, 'CODE_MATIERE');
      if (!subjectCode) {
        this.ctx.warnings.push(problems.serviceIncomplete(structureCode));
        continue;
      }
      const subject = Object.prototype.hasOwnProperty.call(this.subjects, subjectCode) ? this.subjects[subjectCode] : undefined;
      const where = `${subject?.shortLabel ?? subjectCode} en ${structureCode}`;
      if (!subject && !this.reportedSubjects.has(`${subjectCode} ${structureCode}`)) {
        this.reportedSubjects.add(`${subjectCode} ${structureCode}`);
        this.ctx.warnings.push(problems.serviceUnknownSubject(subjectCode, where));
      }
      const teacherIds: string[] = [];
      for (const teacher of children(child(service, 'ENSEIGNANTS'), 'ENSEIGNANT')) {
        const id = attr(teacher, 'ID');
        if (id && this.people.byId.has(id)) {
          if (!teacherIds.includes(id)) teacherIds.push(id);
        } else if (id && this.people.withoutFunction.has(id)) {
          this.citedWithoutFunction.set(id, [...(this.citedWithoutFunction.get(id) ?? []), where]);
        } else {
          this.ctx.warnings.push(problems.serviceUnknownTeacher(id ?? '(absent)', where));
        }
      }
      services.push({ subjectCode, courseMode: attr(service, 'CODE_MOD_COURS'), teacherIds });
    }
    return services;
  }

  /** One warning per person without FONCTION that services cite, listing those services. */
  reportPeopleWithoutFunction(): void {
    for (const [id, places] of this.citedWithoutFunction) {
      this.ctx.warnings.push(problems.staffWithoutFunction(this.people.withoutFunction.get(id) ?? id, [...new Set(places)]));
    }
  }
}

function readDivision(node: XmlNode, position: number, codes: Set<string>, services: ServiceReader, ctx: ReadContext): StsDivision | null {
  const code = structureCode(node, position, 'division', codes, ctx);
  if (!code) return null;
  const mefCodes = [
    ...new Set(
      children(child(node, 'MEFS_APPARTENANCE'), 'MEF_APPARTENANCE')
        .map((mef) => attr(mef, 'CODE'))
        .filter((mef): mef is string => mef !== null),
    ),
  ];
  return { code, label: cleanName(text(node, 'LIBELLE_LONG')) ?? code, mefCodes, services: services.read(node, code) };
}

function readGroup(
  node: XmlNode,
  position: number,
  codes: Set<string>,
  divisionCodes: Set<string>,
  services: ServiceReader,
  ctx: ReadContext,
): StsGroup | null {
  const code = structureCode(node, position, 'groupe', codes, ctx);
  if (!code) return null;
  const linked: string[] = [];
  for (const link of children(child(node, 'DIVISIONS_APPARTENANCE'), 'DIVISION_APPARTENANCE')) {
    const division = attr(link, 'CODE');
    if (division && divisionCodes.has(division)) {
      if (!linked.includes(division)) linked.push(division);
    } else {
      ctx.warnings.push(problems.groupUnknownDivision(code, division ?? '(sans code)'));
    }
  }
  return { code, label: cleanName(text(node, 'LIBELLE_LONG')) ?? code, divisionCodes: linked, services: services.read(node, code) };
}

/** A division's or group's code: required, and unique across both (they share one namespace). */
function structureCode(node: XmlNode, position: number, noun: 'division' | 'groupe', codes: Set<string>, ctx: ReadContext): string | null {
  const code = attr(node, 'CODE');
  if (!code) {
    ctx.errors.push(problems.codeMissing(noun, position, noun === 'division'));
    return null;
  }
  if (!isDivisionCode(code)) {
    ctx.errors.push(problems.codeInvalid(noun, code));
    return null;
  }
  if (codes.has(code)) {
    ctx.errors.push(problems.codeDuplicate(code));
    return null;
  }
  codes.add(code);
  return code;
}
