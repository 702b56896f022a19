import { rm } from 'node:fs/promises';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import { startEmbeddedStack, type EmbeddedStack } from '#infra/local/stack.ts';
import { launchChromium, placedMember, prepareRun, snapshotWebBuild, watchedPage, type PlacedMember } from './support.ts';

/** A browser test's world: the embedded stack serving a snapshot of the built app, and Chromium. */
export interface BrowserRun {
  stack: EmbeddedStack;
  browser: Browser;
  /** Script errors, console errors and failed requests of every page opened by `page()`. */
  errors: string[];
  page(): Promise<Page>;
  url(path: string): string;
  stop(): Promise<void>;
}

export async function startBrowserRun(): Promise<BrowserRun> {
  await prepareRun();
  const webBuild = await snapshotWebBuild();
  const [stack, browser] = await Promise.all([startEmbeddedStack({ port: 0, quiet: true, webBuildDir: webBuild }), launchChromium()]);
  const contexts: BrowserContext[] = [];
  const errors: string[] = [];
  return {
    stack,
    browser,
    errors,
    page: () => watchedPage(browser, contexts, errors),
    url: (path) => new URL(path, stack.url).toString(),
    async stop() {
      for (const context of contexts) await context.close().catch(() => undefined);
      await browser.close();
      await stack.stop();
      await rm(webBuild, { recursive: true, force: true });
    },
  };
}

/** A class of a fresh establishment: one GA division, its teacher and three of its learners. */
export interface GaClass {
  uai: string;
  division: string;
  teacher: PlacedMember;
  lea: PlacedMember;
  hugo: PlacedMember;
  ines: PlacedMember;
}

/** Claire DURAND teaches the division; Léa MARTIN, Hugo BERNARD and Inès PETIT are in it. */
export async function gaClass(run: BrowserRun, establishmentName: string, division = '1GA1'): Promise<GaClass> {
  // After the stack started: the stores now reach its emulators.
  const { dependencies } = await import('#functions/platform/dependencies.ts');
  const { newDivision } = await import('#functions/services/structure/new-division.ts');
  const { newEstablishment } = await import('../integration/support/people.ts');
  const { uai } = await newEstablishment(establishmentName);
  await dependencies().structure.createMany([newDivision({ uai, code: division, diplomas: ['ga'] })]);
  const member = (profile: 'enseignant' | 'apprenant', firstName: string, lastName: string) =>
    placedMember(run.stack.url, uai, profile, { firstName, lastName }, profile === 'enseignant' ? { divisions: [division] } : { division });
  return {
    uai,
    division,
    teacher: await member('enseignant', 'Claire', 'DURAND'),
    lea: await member('apprenant', 'Léa', 'MARTIN'),
    hugo: await member('apprenant', 'Hugo', 'BERNARD'),
    ines: await member('apprenant', 'Inès', 'PETIT'),
  };
}
