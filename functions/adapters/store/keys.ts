/**
 * Every key of the single table, in one place (but the local accounts provider's two). Keys carry
 * the establishment and the entity type; an entity's own item carries its schema version (`#v1`),
 * so that a later change of shape can live beside the old one. Members of a partition's collection
 * (`FILE#`, `UPLOAD#`, `CELL#`, `COMMENT#`, `EVAL#<date>#`, `WINDOW#`) carry none: a new shape
 * would take a new prefix. docs/data-model.md lists each access pattern with the key condition
 * that serves it.
 */
const est = (uai: string) => `EST#${uai}`;

export const keys = {
  establishment: (uai: string) => ({ pk: est(uai), sk: 'ESTABLISHMENT#v1' }),
  /** All establishments, for operator tools (≈1,300 items: bounded). */
  establishmentsIndex: (uai: string) => ({ gsi1pk: 'ESTABLISHMENTS', gsi1sk: uai }),

  user: (uai: string, userId: string) => ({ pk: `${est(uai)}#USER#${userId}`, sk: 'USER#v1' }),
  /** Users of an establishment by profile then name: Gestion des utilisateurs and the import's bulk read. */
  usersIndex: (uai: string, profile: string, sortName: string, userId: string) => ({
    gsi1pk: `${est(uai)}#USERS`,
    gsi1sk: `${profile}#${sortName}#${userId}`,
  }),
  /** Learners of a division, name-sorted (sparse: only learners present in a division). */
  learnersIndex: (uai: string, division: string, sortName: string, userId: string) => ({
    gsi2pk: `${est(uai)}#DIV#${division}#LEARNERS`,
    gsi2sk: `${sortName}#${userId}`,
  }),
  /** Divisions and groups of an establishment: one partition, ≤ a few hundred items. */
  structure: (uai: string, code: string) => ({ pk: `${est(uai)}#STRUCTURE`, sk: `DIV#v1#${code}` }),
  structurePartition: (uai: string) => `${est(uai)}#STRUCTURE`,
  /** Import runs; ids start with their UTC time, so the partition reads newest first. */
  importRun: (uai: string, importId: string) => ({ pk: `${est(uai)}#IMPORTS`, sk: `RUN#v1#${importId}` }),
  importsPartition: (uai: string) => `${est(uai)}#IMPORTS`,
  /** An establishment's complements of one diploma's référentiel (Paramètres), over the shipped data. */
  referentielComplements: (uai: string, diploma: string) => ({ pk: `${est(uai)}#REFERENTIEL`, sk: `COMPLEMENTS#v1#${diploma}` }),
  /** Disk used by a diploma's attachments (quota), settled by the upload events. */
  quotaCounter: (uai: string, diploma: string) => ({ pk: est(uai), sk: `QUOTA#v1#${diploma}` }),
  quotaCountersPrefix: 'QUOTA#v1#',
  /** Pedagogical settings of Paramètres: evaluation codes and input masks per diploma, one item. */
  pedagogySettings: (uai: string) => ({ pk: est(uai), sk: 'SETTINGS#v1#pedagogy' }),
  /** A scenario (Gestion des scénarios), read by id. */
  scenario: (uai: string, scenarioId: string) => ({ pk: `${est(uai)}#SCENARIO#${scenarioId}`, sk: 'SCENARIO#v1' }),
  /** Scenarios of a level, newest first (ISO creation time, then id). */
  scenariosOfLevel: (uai: string, level: string, createdAt: string, scenarioId: string) => ({
    gsi1pk: `${est(uai)}#LEVEL#${level}#SCENARIOS`,
    gsi1sk: `${createdAt}#${scenarioId}`,
  }),
  scenariosOfLevelPartition: (uai: string, level: string) => `${est(uai)}#LEVEL#${level}#SCENARIOS`,
  /** A scenario's partition: `SCENARIO#v1`, one `FILE#<id>` per attachment, one `UPLOAD#<id>` per upload not settled or refused. */
  scenarioPartition: (uai: string, scenarioId: string) => `${est(uai)}#SCENARIO#${scenarioId}`,
  scenarioAttachment: (uai: string, scenarioId: string, attachmentId: string) => ({ pk: `${est(uai)}#SCENARIO#${scenarioId}`, sk: `FILE#${attachmentId}` }),
  scenarioUpload: (uai: string, scenarioId: string, uploadId: string) => ({ pk: `${est(uai)}#SCENARIO#${scenarioId}`, sk: `UPLOAD#${uploadId}` }),
  /**
   * A pending upload in the daily job's index (pattern 23's gsi3): due the day its reservation goes
   * stale, so that an upload that never arrived is released even if nobody opens its scenario again.
   */
  staleUploadIndex: (uai: string, scenarioId: string, uploadId: string, staleAt: number) => ({
    gsi3pk: `DUE#${new Date(staleAt * 1000).toISOString().slice(0, 10)}`,
    gsi3sk: `${uai}#UPLOAD#${scenarioId}#${uploadId}`,
  }),
  duePartition: (day: string) => `DUE#${day}`,
  /** One stored attachment file and how many attachments (scenarios sharing it) point at it. */
  fileObject: (uai: string, objectKey: string) => ({ pk: `${est(uai)}#OBJECT#${objectKey}`, sk: 'OBJECT#v1' }),
  /** An evaluation's partition: `META#v1`, one `CELL#<learnerId>#<itemId>` per result, one `COMMENT#<learnerId>` per comment (the grid in one Query). */
  evaluation: (uai: string, evaluationId: string) => ({ pk: `${est(uai)}#EVAL#${evaluationId}`, sk: 'META#v1' }),
  evaluationPartition: (uai: string, evaluationId: string) => `${est(uai)}#EVAL#${evaluationId}`,
  evaluationCell: (uai: string, evaluationId: string, learnerId: string, itemId: string) => ({
    pk: `${est(uai)}#EVAL#${evaluationId}`,
    sk: `CELL#${learnerId}#${itemId}`,
  }),
  evaluationCellsOfLearnerPrefix: (learnerId: string) => `CELL#${learnerId}#`,
  evaluationComment: (uai: string, evaluationId: string, learnerId: string) => ({ pk: `${est(uai)}#EVAL#${evaluationId}`, sk: `COMMENT#${learnerId}` }),
  /** A teacher's evaluations of one school year, newest first (date, then id). */
  evaluationsOfTeacher: (uai: string, authorId: string, schoolYear: number, date: string, evaluationId: string) => ({
    gsi1pk: `${est(uai)}#TEACHER#${authorId}#YEAR#${schoolYear}`,
    gsi1sk: `${date}#${evaluationId}`,
  }),
  evaluationsOfTeacherPartition: (uai: string, authorId: string, schoolYear: number) => `${est(uai)}#TEACHER#${authorId}#YEAR#${schoolYear}`,
  /** All evaluations of an establishment's school year (establishment-wide listings by year). */
  evaluationsOfYear: (uai: string, schoolYear: number, date: string, evaluationId: string) => ({
    gsi2pk: `${est(uai)}#EVALYEAR#${schoolYear}`,
    gsi2sk: `${date}#${evaluationId}`,
  }),
  /** A learner's reference to a visible evaluation, in the learner's partition, newest first. */
  learnerEvaluation: (uai: string, learnerId: string, date: string, evaluationId: string) => ({
    pk: `${est(uai)}#USER#${learnerId}`,
    sk: `EVAL#${date}#${evaluationId}`,
  }),
  learnerEvaluationsPrefix: 'EVAL#',
  /**
   * A learner's results across evaluations (pattern 19): one item, one attribute per evaluation
   * (`EVAL#<id>`), rewritten by the results stream handler, read by dashboards in one GetItem.
   */
  learnerResults: (uai: string, learnerId: string) => ({ pk: `${est(uai)}#USER#${learnerId}`, sk: 'RESULTS#v1' }),
  learnerResultsAttribute: (evaluationId: string) => `EVAL#${evaluationId}`,
  learnerResultsAttributePrefix: 'EVAL#',
  /** Reserves a login in its establishment; a conditional put makes logins unique. */
  login: (uai: string, login: string) => ({ pk: `${est(uai)}#LOGIN#${login}`, sk: 'LOGIN#v1' }),

  throttle: (key: string, windowStart: number) => ({ pk: `THROTTLE#${key}`, sk: `WINDOW#${windowStart}` }),
} as const;

/**
 * What an evaluation item's key says, for the results stream: the establishment, the evaluation
 * and, for a cell, the learner; null for any other item.
 */
export function evaluationItemOf(key: { pk: string; sk: string }): { uai: string; evaluationId: string; learnerId: string | null } | null {
  const match = /^EST#([^#]+)#EVAL#(.+)$/.exec(key.pk);
  if (!match) return null;
  const [, uai, evaluationId] = match as unknown as [string, string, string];
  if (key.sk === 'META#v1') return { uai, evaluationId, learnerId: null };
  // Learner ids never contain '#', item ids may: the learner is the part before the next '#'.
  const cell = /^CELL#([^#]+)#/.exec(key.sk);
  return cell ? { uai, evaluationId, learnerId: cell[1]! } : null;
}

/** The upload a `staleUploadIndex` entry points at; null for the index's other entries. */
export function staleUploadOf(gsi3sk: string): { uai: string; scenarioId: string; uploadId: string } | null {
  const match = /^([^#]+)#UPLOAD#([^#]+)#([^#]+)$/.exec(gsi3sk);
  return match ? { uai: match[1]!, scenarioId: match[2]!, uploadId: match[3]! } : null;
}

/** Names sort without case or accents, so "Élodie" comes with the E's. */
export function sortName(lastName: string, firstName: string): string {
  return `${lastName} ${firstName}`.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().trim();
}
