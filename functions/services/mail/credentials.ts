import type { Email } from '../ports/mailer.ts';
import { htmlEmail, textEmail } from './layout.ts';

/** What every credentials email carries: where to sign in, the login, the temporary password. */
export interface CredentialsInput {
  to: string;
  establishmentName: string;
  /** `<appUrl>/<UAI>` */
  url: string;
  login: string;
  temporaryPassword: string;
}

const lines = (input: CredentialsInput): [string, string][] => [
  ['Adresse', input.url],
  ['Identifiant', input.login],
  ['Mot de passe provisoire', input.temporaryPassword],
];

const changeAtFirstSignIn = 'À la première connexion, vous choisirez votre propre mot de passe (6 caractères au moins).';

function credentialsEmail(input: CredentialsInput, title: string, intro: string[]): Email {
  const paragraphs = ['Bonjour,', ...intro, `Connectez-vous à l’adresse ${input.url}. ${changeAtFirstSignIn}`];
  return { to: input.to, subject: `Cerise — ${title}`, text: textEmail(paragraphs, lines(input)), html: htmlEmail(title, paragraphs, lines(input)) };
}

/** A user created by the administrator (guide 3.3). */
export function accountCreatedEmail(input: CredentialsInput): Email {
  return credentialsEmail(input, 'Votre compte Cerise', [`Un compte Cerise vient d’être créé pour vous par l’établissement « ${input.establishmentName} ».`]);
}

/** A password reset by the administrator (guide 3.3, 3.5). */
export function passwordResetEmail(input: CredentialsInput): Email {
  return credentialsEmail(input, 'Réinitialisation de votre mot de passe', [
    `Le mot de passe de votre compte Cerise de l’établissement « ${input.establishmentName} » a été réinitialisé. Votre identifiant ne change pas.`,
  ]);
}

/** Parent access opened for a learner's division (guide 3.5). */
export function parentAccessEmail(input: CredentialsInput & { children: string[] }): Email {
  const who = input.children.length > 1 ? `de vos enfants (${input.children.join(', ')})` : `de votre enfant ${input.children[0] ?? ''}`.trim();
  return credentialsEmail(input, 'Accès parents à Cerise', [
    `L’établissement « ${input.establishmentName} » vous donne accès à Cerise pour suivre le passeport professionnel et le tableau de bord ${who}.`,
    'Pour être sûr de recevoir nos courriels, ajoutez l’expéditeur de ce message à vos contacts.',
  ]);
}
