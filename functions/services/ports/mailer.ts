/** A message ready to send: French subject, text and HTML bodies built by a template. */
export interface Email {
  to: string;
  subject: string;
  text: string;
  html: string;
}

export interface MailerPort {
  send(email: Email): Promise<void>;
}
