import type { Browser, Page } from 'playwright-core';
import { corpusBytes } from '../../fixtures/hostile/corpusCase';

/**
 * Opens one hostile file in the built app the way a person would (`?data=`, `?story=`, or the
 * "Open story file…" picker) and reports what happened. Shared by the browser test and
 * `npm run corpus`, so the figures and the test come from one procedure.
 *
 * The trap: before the app runs, `window.__pwned` becomes a setter that records any write, and
 * alert/confirm/prompt record any call; every payload in the corpus does one or the other if it
 * ever runs. The page's CSP is bypassed for this, so the trap tests the app's own handling of
 * text (the CSP is a second wall, tested on its own in contentSecurityPolicy.test.ts).
 */
export const TRAP = `(() => {
  const hits = [];
  Object.defineProperty(window, '__trapHits', { value: hits });
  Object.defineProperty(window, '__pwned', { configurable: false, get() { return hits[0]; }, set(value) { hits.push('__pwned=' + String(value)); } });
  for (const name of ['alert', 'confirm', 'prompt']) window[name] = function () { hits.push(name + '()'); };
})();`;

export interface Probe {
  verdict: 'shown' | 'refused' | 'no answer';
  /** The refusal as the page words it (the alert's or status's text). */
  message: string;
  /** Trap hits and dialogs: anything here means a payload ran. */
  executed: string[];
  /** Uncaught exceptions and renderer crashes. */
  crashes: string[];
  ms: number;
}

export interface HostileFile {
  kind: 'dataset' | 'story';
  file: string;
  text: () => string;
  encoding?: 'latin1';
  /** A factor to select when the file opens, so its description and quotes are drawn too. */
  select?: string;
}

interface Where {
  appUrl: string;
  /** tests/fixtures as served beside the app (the small fixture is the story's dataset). */
  fixturesUrl: string;
  /** The address the file is served at (a route answers it with the file's text). */
  address: string;
}

const ANSWER_MS = 60_000;

async function watched(browser: Browser, address: string, body: Buffer): Promise<{ page: Page; executed: string[]; crashes: string[] }> {
  const context = await browser.newContext({ bypassCSP: true, reducedMotion: 'reduce', viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  const executed: string[] = [];
  const crashes: string[] = [];
  await page.addInitScript(TRAP);
  page.on('dialog', (dialog) => {
    executed.push(`dialog: ${dialog.message()}`);
    void dialog.dismiss();
  });
  page.on('pageerror', (error) => crashes.push(`page error: ${error.message}`));
  page.on('crash', () => crashes.push('the page crashed'));
  await page.route(address, (route) => route.fulfill({ status: 200, contentType: 'application/json', body }));
  return { page, executed, crashes };
}

async function trapHits(page: Page): Promise<string[]> {
  return page.evaluate(() => [...((window as unknown as { __trapHits?: string[] }).__trapHits ?? [])]);
}

async function firstVisible(page: Page, shown: string, refused: string): Promise<'shown' | 'refused' | 'no answer'> {
  try {
    const which = await Promise.race([
      page.locator(shown).first().waitFor({ timeout: ANSWER_MS }).then(() => 'shown' as const),
      page.locator(refused).first().waitFor({ timeout: ANSWER_MS }).then(() => 'refused' as const),
    ]);
    return which;
  } catch {
    return 'no answer';
  }
}

const MAP = 'role=group[name=/Causal map/]';
const DATASET_REFUSED = 'role=heading[name="This dataset could not be opened"]';

/** `?data=<address>`: the map, or the page saying why not. When shown, the table view is opened too. */
export async function probeDataAddress(browser: Browser, hostile: HostileFile, where: Where): Promise<Probe> {
  const { page, executed, crashes } = await watched(browser, where.address, corpusBytes(hostile));
  const started = Date.now();
  try {
    const query = new URLSearchParams({ data: where.address, ...(hostile.select ? { select: hostile.select } : {}) });
    await page.goto(`${where.appUrl}?${query}`);
    const verdict = await firstVisible(page, MAP, DATASET_REFUSED);
    const ms = Date.now() - started;
    let message = '';
    if (verdict === 'refused') message = (await page.getByRole('alert').textContent()) ?? '';
    if (verdict === 'shown') {
      // Every record's text is drawn in the table view: visit it, then let any handler fire.
      await page.goto(`${where.appUrl}?${new URLSearchParams({ data: where.address, view: 'table' })}`);
      await page.locator('table').first().waitFor({ timeout: ANSWER_MS });
      await page.waitForTimeout(100);
    }
    return { verdict, message, executed: [...executed, ...(await trapHits(page))], crashes, ms };
  } finally {
    await page.context().close();
  }
}

const PLAYER = 'role=region[name=/^Story: /]';
const STORY_REFUSED = 'text=/story cannot be played/';

/** `?story=<address>` over the small fixture: the story plays, or the page says why not. */
export async function probeStoryAddress(browser: Browser, hostile: HostileFile, where: Where): Promise<Probe> {
  const { page, executed, crashes } = await watched(browser, where.address, corpusBytes(hostile));
  const started = Date.now();
  try {
    await page.goto(`${where.appUrl}?${new URLSearchParams({ data: `${where.fixturesUrl}small-map.json`, story: where.address })}`);
    const verdict = await firstVisible(page, PLAYER, STORY_REFUSED);
    const ms = Date.now() - started;
    let message = '';
    if (verdict === 'refused') message = (await page.locator(STORY_REFUSED).first().textContent()) ?? '';
    if (verdict === 'shown') {
      // Step through the whole story, so every caption and every step's view is drawn.
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(100);
    }
    return { verdict, message, executed: [...executed, ...(await trapHits(page))], crashes, ms };
  } finally {
    await page.context().close();
  }
}

/** The Stories tab's "Open story file…" button and the file chooser a person would use. */
export async function probeStoryFile(browser: Browser, hostile: HostileFile, where: Where): Promise<Probe> {
  const { page, executed, crashes } = await watched(browser, where.address, Buffer.alloc(0));
  try {
    await page.goto(`${where.appUrl}?${new URLSearchParams({ data: `${where.fixturesUrl}small-map.json` })}`);
    await page.locator(MAP).waitFor({ timeout: ANSWER_MS });
    await page.getByRole('tab', { name: 'Stories' }).click();
    const started = Date.now();
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.getByRole('button', { name: 'Open story file…' }).click()]);
    await chooser.setFiles({ name: hostile.file, mimeType: 'application/json', buffer: corpusBytes(hostile) });
    const status = page.locator('.stories-status');
    await status.filter({ hasText: /\S/ }).waitFor({ timeout: ANSWER_MS });
    const ms = Date.now() - started;
    const message = (await status.textContent()) ?? '';
    const verdict = message.startsWith('Opened') ? 'shown' : 'refused';
    if (verdict === 'shown') {
      await page.getByRole('button', { name: 'Play story' }).click();
      await page.locator(PLAYER).waitFor({ timeout: ANSWER_MS });
      await page.keyboard.press('ArrowRight');
      await page.waitForTimeout(100);
    }
    return { verdict, message, executed: [...executed, ...(await trapHits(page))], crashes, ms };
  } finally {
    await page.context().close();
  }
}

/**
 * `?story=<link>` over the small fixture, for a link too long for a small Node server's request
 * line: the page itself is answered here, as a static host would serve it (its assets still come
 * from the server).
 */
export async function probeStoryLink(browser: Browser, link: string, where: Omit<Where, 'address'>): Promise<Probe> {
  const { page, executed, crashes } = await watched(browser, `${where.fixturesUrl}never-asked`, Buffer.alloc(0));
  const html = await (await fetch(where.appUrl)).text();
  await page.route((url) => url.search.length > 8000, (route) => route.fulfill({ status: 200, contentType: 'text/html', body: html }));
  const started = Date.now();
  try {
    await page.goto(`${where.appUrl}?${new URLSearchParams({ data: `${where.fixturesUrl}small-map.json` })}&story=${link}`);
    const verdict = await firstVisible(page, PLAYER, STORY_REFUSED);
    const ms = Date.now() - started;
    const message = verdict === 'refused' ? ((await page.locator(STORY_REFUSED).first().textContent()) ?? '') : '';
    return { verdict, message, executed: [...executed, ...(await trapHits(page))], crashes, ms };
  } finally {
    await page.context().close();
  }
}
