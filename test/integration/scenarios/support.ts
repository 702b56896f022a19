import { dependencies } from '#functions/platform/dependencies.ts';
import { newDivision } from '#functions/services/structure/new-division.ts';
import type { Answer } from '../support/http.ts';
import { newEstablishment, newMember } from '../support/people.ts';

type Member = Awaited<ReturnType<typeof newMember>>;

/** A signed-in member with a shortcut to call the API with their token. */
export function caller(member: Member) {
  return <T = any>(method: string, path: string, body?: unknown): Promise<Answer<T>> => member.client.call<T>(method, path, { token: member.token, body });
}

/** Gives a stored teacher the classes an import would, through the store (the guard re-reads the user). */
async function teach(uai: string, userId: string, divisions: string[]) {
  const deps = dependencies();
  const user = (await deps.users.get(uai, userId))!;
  await deps.users.save({ ...user, divisions });
}

/**
 * A fresh establishment with a GA division and a Transport one, and two teachers of the GA
 * division (the author and a colleague), each able to call the API.
 */
export async function teachingSpace(baseUrl: string) {
  const { uai } = await newEstablishment('Lycée des scénarios');
  await dependencies().structure.createMany([
    newDivision({ uai, code: '1GA1', diplomas: ['ga'] }),
    newDivision({ uai, code: '1TRA', diplomas: ['transport'] }),
  ]);
  const author = await newMember(baseUrl, uai, 'enseignant');
  const colleague = await newMember(baseUrl, uai, 'enseignant');
  await teach(uai, author.user.userId, ['1GA1']);
  await teach(uai, colleague.user.userId, ['1GA1']);
  return { uai, author, colleague, asAuthor: caller(author), asColleague: caller(colleague) };
}

/** A complete, valid scenario form for the GA, with `fields` changed. */
export function scenarioForm(fields: Record<string, unknown> = {}) {
  return {
    diploma: 'ga',
    level: '1BPRO3',
    title: 'Accueil d’un nouveau fournisseur',
    visibility: 'private',
    context: 'La société Bureau Plus référence un nouveau fournisseur de papier.',
    materials: 'Tableur, logiciel de gestion commerciale',
    links: ['https://www.economie.gouv.fr/entreprises'],
    resources: 'Catalogue du fournisseur',
    items: ['ga.1.1.1', 'ga.1.1.2'],
    qualifiers: {},
    ...fields,
  };
}
