import type { ImportSummary } from '#shared/api/schemas/import.ts';
import { PROFILE_LABELS, isProfile } from '#shared/domain/profiles.ts';
import { workbook } from './spreadsheet.ts';

const join = (values: string[] | undefined) => (values ?? []).join(', ');
const profileLabel = (profile: string | undefined) => (profile && isProfile(profile) ? PROFILE_LABELS[profile] : (profile ?? ''));

/** The result page of an import (guide 3.1.2) as a spreadsheet: one sheet per list. */
export function importResultWorkbook(summary: ImportSummary, importedAt: string): Promise<Uint8Array> {
  const people = (lines: ImportSummary['created']) =>
    lines.map((line) => ({
      name: line.name,
      profile: profileLabel(line.profile),
      login: line.login,
      password: line.initialPassword ?? '',
      division: line.division ?? join(line.divisions),
      groups: join(line.groups),
      discipline: line.discipline ?? '',
    }));
  const personColumns = [
    { header: 'Nom', key: 'name', width: 32 },
    { header: 'Profil', key: 'profile', width: 16 },
    { header: 'Identifiant', key: 'login', width: 26 },
    { header: 'Mot de passe initial', key: 'password', width: 20 },
    { header: 'Classe(s)', key: 'division', width: 24 },
    { header: 'Groupes', key: 'groups', width: 24 },
    { header: 'Discipline', key: 'discipline', width: 28 },
  ];
  return workbook([
    { name: 'Utilisateurs créés', columns: personColumns, rows: people(summary.created) },
    {
      name: 'Responsables créés',
      columns: [
        { header: 'Responsable', key: 'name', width: 32 },
        { header: 'Identifiant', key: 'login', width: 26 },
        { header: 'Adresse électronique', key: 'email', width: 32 },
        { header: 'Apprenant(s)', key: 'learners', width: 40 },
      ],
      rows: summary.guardians.map((line) => ({ name: line.name, login: line.login, email: line.email ?? '', learners: join(line.learners) })),
    },
    { name: 'Utilisateurs mis à jour', columns: personColumns, rows: people(summary.updated) },
    { name: 'Utilisateurs masqués', columns: personColumns, rows: people(summary.hidden) },
    {
      name: 'Classes et groupes créés',
      columns: [
        { header: 'Code', key: 'code', width: 20 },
        { header: 'Type', key: 'kind', width: 12 },
      ],
      rows: [...summary.divisions.map((code) => ({ code, kind: 'Classe' })), ...summary.groups.map((code) => ({ code, kind: 'Groupe' }))],
    },
    {
      name: 'Résumé',
      columns: [
        { header: 'Import du', key: 'label', width: 36 },
        { header: importedAt.slice(0, 10), key: 'value', width: 14 },
      ],
      rows: [
        { label: 'Classes créées', value: summary.counts.divisionsCreated },
        { label: 'Groupes créés', value: summary.counts.groupsCreated },
        { label: 'Utilisateurs créés', value: summary.counts.usersCreated },
        { label: 'Utilisateurs mis à jour', value: summary.counts.usersUpdated },
        { label: 'Utilisateurs masqués', value: summary.counts.usersHidden },
        { label: 'Utilisateurs inchangés', value: summary.counts.usersUnchanged },
        { label: 'Responsables créés', value: summary.counts.guardiansCreated },
      ],
    },
  ]);
}
