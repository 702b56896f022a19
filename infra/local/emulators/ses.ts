import type { Server } from 'node:http';
import * as sesLocal from 'aws-ses-v2-local';
import { closeServer, endpointOf, LOOPBACK, portOf } from './http-server.ts';

export interface SesOptions {
  /** 0 or absent = any free port. */
  port?: number;
}

export interface SesEmulator {
  endpoint: string;
  /** aws-ses-v2-local's mail viewer. */
  viewerUrl: string;
  stop(): Promise<void>;
}

export interface LocalEmail {
  messageId: string;
  from: string;
  to: string[];
  subject: string;
  text: string;
  html: string;
  at: Date;
}

type StartSesLocal = (config?: { host?: string; port?: number }) => Promise<Server>;

/**
 * SES (v1 and v2 APIs) for the embedded stack: aws-ses-v2-local in this process. Mail is kept in
 * memory only, and in one store per process: two instances share their mailbox.
 */
export async function startSes(options: SesOptions = {}): Promise<SesEmulator> {
  const server = await startFunction()({ host: LOOPBACK, port: options.port ?? 0 });
  // Express hands a listen error to the callback it resolves with, so a taken port shows up here.
  if (!server.listening) throw new Error(`SES emulator could not listen on ${LOOPBACK}:${options.port ?? 0}`);
  const endpoint = endpointOf(portOf(server));
  return {
    endpoint,
    viewerUrl: `${endpoint}/`,
    stop: () => closeServer(server),
  };
}

/** The package is CommonJS with `exports.default`; ESM loaders expose it one level deep or two. */
function startFunction(): StartSesLocal {
  const candidate: unknown = sesLocal.default;
  if (typeof candidate === 'function') return candidate as StartSesLocal;
  return (candidate as { default: StartSesLocal }).default;
}

interface StoredEmail {
  messageId: string;
  from: string;
  destination: { to: string[]; cc: string[]; bcc: string[] };
  subject: string;
  body: { text?: string; html?: string };
  /** Epoch seconds. */
  at: number;
}

/**
 * Messages the emulator received, oldest first: for tests that follow an email to its link.
 * `to` matches any To recipient, ignoring case and a display name. `since` has the store's
 * one-second resolution: a message sent in the same second as `since` is included.
 */
export async function readEmails(endpoint: string, options: { to?: string; since?: Date } = {}): Promise<LocalEmail[]> {
  const url = new URL('/store', endpoint);
  if (options.since) url.searchParams.set('since', String(Math.floor(options.since.getTime() / 1000)));
  const response = await fetch(url);
  if (!response.ok) throw new Error(`SES emulator /store answered ${response.status}`);
  const { emails } = (await response.json()) as { emails: StoredEmail[] };
  const wanted = options.to?.toLowerCase();
  return emails
    .map((email) => ({
      messageId: email.messageId,
      from: email.from,
      to: email.destination.to,
      subject: email.subject,
      text: email.body.text ?? '',
      html: email.body.html ?? '',
      at: new Date(email.at * 1000),
    }))
    .filter((email) => !wanted || email.to.some((recipient) => addressOf(recipient) === wanted));
}

export async function clearEmails(endpoint: string): Promise<void> {
  const response = await fetch(new URL('/clear-store', endpoint), { method: 'POST' });
  if (!response.ok) throw new Error(`SES emulator /clear-store answered ${response.status}`);
}

/** `"Jeanne Dupont" <jeanne@example.fr>` → `jeanne@example.fr`. */
function addressOf(recipient: string): string {
  return (/<([^>]+)>/.exec(recipient)?.[1] ?? recipient).trim().toLowerCase();
}
