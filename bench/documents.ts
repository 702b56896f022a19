/**
 * Generation time of every document Cerise writes (functions/documents/), each from realistic
 * data, RUNS times after one warm-up, in this process. The floor is `JSON.stringify` of the same
 * input: what serialising the data costs at all, so the ratio says how much the file format adds.
 *
 *   npx tsx bench/documents.ts            (RUNS=30 by default)
 */
import type { ImportSummary } from '#shared/api/schemas/import.ts';
import { DEFAULT_CODE_SETTINGS, displayCodes } from '#shared/domain/evaluation-codes.ts';
import { kb, median, ms, printTable, say } from './lib/stats.ts';

const RUNS = Number(process.env.RUNS ?? 30);
const { observationGridWorkbook, handGridWorkbook } = await import('#functions/documents/observation-grid.ts');
const { scenarioDocx } = await import('#functions/documents/scenario-docx.ts');
const { learnerLoginsWorkbook } = await import('#functions/documents/learner-logins.ts');
const { importResultWorkbook } = await import('#functions/documents/import-result.ts');

const items = Array.from({ length: 30 }, (_, index) => ({
  code: `C${Math.floor(index / 5) + 1}.${(index % 5) + 1}`,
  title: `Compétence « n° ${index + 1} » : réaliser l’opération demandée`,
}));
const learners = Array.from({ length: 35 }, (_, index) => ({ name: `NOM${index} Élève Prénom`, division: '1GA1' }));
const codes = displayCodes(DEFAULT_CODE_SETTINGS);
const grid = { scenarioTitle: 'Accueil d’un « nouveau » fournisseur', items, learners, codes };
const sheet = {
  heading: 'Évaluation de fin de séquence — 05/10/2026 — Première',
  details: [
    { label: 'Évaluation', value: 'Évaluation de fin de séquence' },
    { label: 'Date', value: '05/10/2026' },
    { label: 'Diplôme', value: 'Bac pro Gestion-Administration' },
    { label: 'Niveau', value: 'Première' },
  ],
  items,
  learners,
  codes,
};
const paragraph = 'Les élèves accueillent un fournisseur, vérifient le bon de livraison et saisissent l’écart constaté.';
const scenario = {
  title: 'Accueil d’un « nouveau » fournisseur',
  facts: [
    { label: 'Niveau', value: 'Première' },
    { label: 'Diplôme', value: 'Bac pro Gestion-Administration' },
    { label: 'Auteur', value: 'Mme Dupont' },
    { label: 'Visibilité', value: 'Public (toute l’équipe pédagogique)' },
    { label: 'Dates', value: 'Créé le 5 octobre 2026' },
  ],
  labels: { context: 'Contexte', materials: 'Matériel', links: 'Liens', resources: 'Ressources', attachments: 'Pièces jointes' },
  context: Array.from({ length: 8 }, () => paragraph).join('\n'),
  materials: Array.from({ length: 4 }, () => paragraph).join('\n'),
  links: ['https://eduscol.education.fr/', 'https://www.example.org/ressource?x=1&y=2'],
  resources: paragraph,
  items: items.map((item) => ({
    ...item,
    qualifiers: [
      { kind: 'Complexité', title: 'Données incomplètes' },
      { kind: 'Aléa', title: 'Client mécontent' },
    ],
  })),
  attachments: ['bon de livraison.pdf (120 Ko)', 'facture.xlsx (18 Ko)'],
};
const logins = Array.from({ length: 35 }, (_, index) => ({
  lastName: `NOM${index}`,
  firstName: 'Élève',
  login: `eleve.nom${index}`,
  birthDate: '2009-03-14',
  activated: index % 3 === 0,
}));
const person = (index: number) => ({
  name: `NOM${index} Prénom`,
  profile: 'apprenant',
  login: `prenom.nom${index}`,
  initialPassword: '14032009',
  division: `1GA${index % 9}`,
  groups: ['G1', 'G2'],
});
const summary = {
  counts: {
    divisionsCreated: 100,
    groupsCreated: 50,
    usersCreated: 3000,
    usersUpdated: 0,
    usersHidden: 0,
    usersUnchanged: 0,
    guardiansCreated: 0,
    guardianLinksCreated: 0,
  },
  divisions: Array.from({ length: 100 }, (_, index) => `D${index}`),
  groups: Array.from({ length: 50 }, (_, index) => `G${index}`),
  created: Array.from({ length: 3000 }, (_, index) => person(index)),
  updated: [],
  hidden: [],
  guardians: [],
  truncated: false,
} as unknown as ImportSummary;

const documents: { name: string; input: unknown; make: () => Promise<Uint8Array> }[] = [
  { name: 'observation grid (35 × 30)', input: grid, make: () => observationGridWorkbook(grid) },
  { name: 'blank sheet (35 × 30)', input: sheet, make: () => handGridWorkbook(sheet) },
  { name: 'scenario .docx (30 items)', input: scenario, make: () => scenarioDocx(scenario) },
  { name: 'learner logins (35)', input: logins, make: () => learnerLoginsWorkbook('1GA1', logins) },
  { name: 'import result (3,000 users)', input: summary, make: () => importResultWorkbook(summary, '2026-09-02T08:00:00.000Z') },
];

async function timed(run: () => unknown): Promise<number[]> {
  await run();
  const times: number[] = [];
  for (let index = 0; index < RUNS; index += 1) {
    const started = performance.now();
    await run();
    times.push(performance.now() - started);
  }
  return times;
}

const rows: string[][] = [];
for (const document of documents) {
  const size = (await document.make()).length;
  const generation = median(await timed(document.make));
  const floor = median(await timed(() => JSON.stringify(document.input)));
  rows.push([document.name, ms(generation), ms(floor, 3), `${(generation / floor).toFixed(0)}×`, kb(size)]);
}
say(`Document generation, ${RUNS} runs each after one warm-up (Node ${process.version}).`);
printTable(['document', 'p50', 'floor p50 (JSON.stringify)', 'ratio', 'file size'], rows);
