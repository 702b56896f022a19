import { emailField, schoolYearOf } from './fields.ts';
import { displayName, guardianLabel, problems } from './messages.ts';
import { attr, child, children, text, type XmlNode } from './nodes.ts';
import type { ReadContext, ResponsablesFile, SiecleGuardian, SiecleGuardianLink } from './types.ts';
import { civilityFromLabel, cleanName } from './values.ts';

/**
 * ResponsablesAvecAdresses (root BEE_RESPONSABLES), both models: before 30/03/2018 a link says
 * RESP_LEGAL (1, 2 = legal guardian, 0 = contact); since, NIVEAU_RESPONSABILITE (1 = legal
 * guardian, 2 = in charge, 3 = contact). The IDs of a link are child elements, not attributes.
 */
export function readResponsables(root: XmlNode, uai: string, ctx: ReadContext): ResponsablesFile {
  const schoolYear = schoolYearOf(root, 'responsables', ctx);
  const data = child(root, 'DONNEES');
  const nodes = children(child(data, 'PERSONNES'), 'PERSONNE');
  if (nodes.length === 0) ctx.errors.push(problems.noRecords('responsables'));

  const persons: SiecleGuardian[] = [];
  const byId = new Map<string, SiecleGuardian>();
  nodes.forEach((node, index) => {
    const person = readPerson(node, index + 1, ctx);
    if (!person) return;
    const twin = byId.get(person.personId);
    if (twin) {
      ctx.errors.push(problems.idDuplicate(describe(twin), describe(person), person.personId));
      return;
    }
    byId.set(person.personId, person);
    persons.push(person);
  });

  const links: SiecleGuardianLink[] = [];
  const linkByPair = new Map<string, SiecleGuardianLink>();
  children(child(data, 'RESPONSABLES'), 'RESPONSABLE_ELEVE').forEach((node, index) => {
    // Child elements in every sample; the attribute form is accepted too, at no cost.
    const eleveId = text(node, 'ELEVE_ID') ?? attr(node, 'ELEVE_ID');
    const personId = text(node, 'PERSONNE_ID') ?? attr(node, 'PERSONNE_ID');
    if (!eleveId || !personId) {
      ctx.warnings.push(problems.linkIncomplete(index + 1, `ELEVE_ID=${eleveId ?? ''}, PERSONNE_ID=${personId ?? ''}`));
      return;
    }
    const person = byId.get(personId);
    if (!person) {
      ctx.warnings.push(problems.linkUnknownPerson(personId, eleveId));
      return;
    }
    const link: SiecleGuardianLink = { eleveId, personId, legal: isLegal(node), relationship: text(node, 'CODE_PARENTE') };
    const pair = `${eleveId}\u0000${personId}`;
    const previous = linkByPair.get(pair);
    if (previous) {
      ctx.warnings.push(problems.linkDuplicate(describe(person), eleveId));
      previous.legal ||= link.legal;
      previous.relationship ??= link.relationship;
      return;
    }
    linkByPair.set(pair, link);
    links.push(link);
  });

  return { kind: 'responsables', uai, schoolYear, persons, links };
}

function readPerson(node: XmlNode, position: number, ctx: ReadContext): SiecleGuardian | null {
  const personId = attr(node, 'PERSONNE_ID');
  const lastName = cleanName(text(node, 'NOM_USAGE')) ?? cleanName(text(node, 'NOM_DE_FAMILLE')) ?? cleanName(text(node, 'NOM'));
  const firstName = cleanName(text(node, 'PRENOM'));
  const who = guardianLabel(displayName(lastName, firstName), personId);
  if (!personId) {
    ctx.errors.push(problems.idMissing(who, position, 'PERSONNE_ID'));
    return null;
  }
  if (!lastName) {
    ctx.errors.push(problems.nameMissing(who, 'nom'));
    return null;
  }
  // Some responsible persons are services (aide sociale à l'enfance…) without a first name.
  if (!firstName) ctx.warnings.push(problems.firstNameMissing(who));
  return {
    personId,
    civility: civilityFromLabel(text(node, 'LC_CIVILITE')) ?? civilityFromLabel(text(node, 'LL_CIVILITE')),
    lastName,
    firstName: firstName ?? '',
    email: emailField(ctx, text(node, 'MEL'), who),
    phone: cleanName(text(node, 'TEL_PORTABLE')) ?? cleanName(text(node, 'TEL_PERSONNEL')) ?? cleanName(text(node, 'TEL_PROFESSIONNEL')),
  };
}

/** RESP_LEGAL 1 or 2 (before 2018) or NIVEAU_RESPONSABILITE 1 (since). */
function isLegal(link: XmlNode): boolean {
  const rank = text(link, 'RESP_LEGAL');
  return rank === '1' || rank === '2' || text(link, 'NIVEAU_RESPONSABILITE') === '1';
}

function describe(person: SiecleGuardian): string {
  return guardianLabel(displayName(person.lastName, person.firstName), person.personId);
}
