import { chromium, type Browser, type Page } from 'playwright-core';
import { inject } from 'vitest';
import { CHROMIUM_ARGS, chromiumPath } from './chromium';

export async function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
}

export interface OpenedApp {
  page: Page;
  /** Console errors, failed requests and uncaught exceptions the page produced. */
  problems: string[];
}

/** Opens the built app, optionally on a fixture dataset (a file name in tests/fixtures). */
export async function openApp(
  browser: Browser,
  options: {
    fixture?: string;
    query?: string;
    viewport?: { width: number; height: number };
    reducedMotion?: boolean;
    /** Only for injecting test tools such as axe-core, which the page's own CSP rightly refuses. */
    bypassCSP?: boolean;
    /** Test-side script run before the app's own (a listener the test reads back), never an app hook. */
    initScript?: string;
  } = {},
): Promise<OpenedApp> {
  const context = await browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    reducedMotion: options.reducedMotion === false ? 'no-preference' : 'reduce',
    bypassCSP: options.bypassCSP ?? false,
  });
  if (options.initScript) await context.addInitScript(options.initScript);
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console: ${message.text()}`);
  });
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  const params = new URLSearchParams(options.query ?? '');
  if (options.fixture) params.set('data', `${inject('fixturesUrl')}${options.fixture}`);
  const query = params.toString();
  await page.goto(`${inject('appUrl')}${query ? `?${query}` : ''}`);
  return { page, problems };
}
