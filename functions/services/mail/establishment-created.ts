import type { Email } from '../ports/mailer.ts';
import { htmlEmail, textEmail } from './layout.ts';

/** Sent to the establishment when the operator opens its space: the administrator's credentials. */
export function establishmentCreatedEmail(input: { to: string; establishmentName: string; url: string; login: string; temporaryPassword: string }): Email {
  const title = `Votre espace Cerise est ouvert`;
  const paragraphs = [
    'Bonjour,',
    `L’espace Cerise de l’établissement « ${input.establishmentName} » est ouvert. Voici les identifiants de son administrateur.`,
    `Connectez-vous à l’adresse ${input.url} ; à la première connexion, vous choisirez un nouveau mot de passe (6 caractères au moins).`,
  ];
  const lines: [string, string][] = [
    ['Adresse', input.url],
    ['Identifiant', input.login],
    ['Mot de passe provisoire', input.temporaryPassword],
  ];
  return { to: input.to, subject: `Cerise — ${title}`, text: textEmail(paragraphs, lines), html: htmlEmail(title, paragraphs, lines) };
}
