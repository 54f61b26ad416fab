import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openApp } from './support/openApp';
import { sharedBrowserForThisFile } from './support/sharedBrowser';

const dist = fileURLToPath(new URL('../../dist/', import.meta.url));
const browser = sharedBrowserForThisFile();

/** Installed before the app runs (by the browser, so the page's CSP does not apply to it). */
const RECORD_VIOLATIONS = `
  window.__violations = [];
  document.addEventListener('securitypolicyviolation', function (e) {
    window.__violations.push(e.violatedDirective + ' blocked ' + (e.blockedURI || 'inline') + ' at ' + e.sourceFile + ':' + e.lineNumber);
  });
`;

async function violations(page: Page): Promise<string[]> {
  return page.evaluate(() => (window as unknown as { __violations: string[] }).__violations);
}

function policyOf(html: string): Map<string, string> {
  const content = (/<meta http-equiv="Content-Security-Policy" content="([^"]*)"/.exec(html)?.[1] ?? '').replaceAll('&#39;', "'");
  return new Map(content.split(';').map((d) => d.trim().split(/\s+/)).map(([name, ...values]) => [name!, values.join(' ')]));
}

describe('the built page carries a strict Content-Security-Policy', () => {
  const html = readFileSync(`${dist}index.html`, 'utf8');
  const policy = policyOf(html);

  it('allows only its own scripts: no inline script, no eval, no plugins, no <base>, no forms', () => {
    expect(policy.get('script-src')).toBe("'self'");
    expect(policy.get('default-src')).toBe("'self'");
    expect(policy.get('object-src')).toBe("'none'");
    expect(policy.get('base-uri')).toBe("'none'");
    expect(policy.get('form-action')).toBe("'none'");
    expect([...policy.values()].join(' ')).not.toMatch(/unsafe-inline|unsafe-eval|\*/);
    // Every <script> in the page is a file.
    expect(html.match(/<script(?![^>]*\ssrc=)[^>]*>/g)).toBeNull();
  });

  it('leaves frame-ancestors to a header, where browsers obey it, and ships that header for hosts', () => {
    // In a <meta> policy browsers ignore frame-ancestors (and warn): claiming it there would be pretending.
    expect(policy.has('frame-ancestors')).toBe(false);
    const headers = readFileSync(`${dist}_headers`, 'utf8');
    expect(headers).toMatch(/^\/\*\n {2}Content-Security-Policy: default-src 'self'; script-src 'self';.*object-src 'none'; base-uri 'none';.*; frame-ancestors 'self' https:\n/);
  });
});

describe('no view of the app breaks its own policy (securitypolicyviolation)', () => {
  const visits: Array<[string, string, (page: Page) => Promise<void>]> = [
    ['the map with a selected factor', 'select=recall', async (page) => void (await page.getByRole('complementary', { name: 'Details' }).waitFor())],
    ['the table', 'view=table', async (page) => void (await page.locator('table').first().waitFor())],
    ['the leverage ranking', 'view=leverage', async (page) => void (await page.getByRole('heading', { name: /leverage/i }).first().waitFor())],
    ['three interventions compared', 'view=compare&compare=peer-mentors,housing-on-release,treatment', async (page) => void (await page.locator('table').first().waitFor())],
    ['the evidence-gap matrix with its named gaps', 'view=gaps&gapsin=housing', async (page) => void (await page.locator('table').first().waitFor())],
    ['a traced loop', 'loop=recall-loop', async (page) => {
      await page.getByRole('tab', { name: 'Loops' }).click();
      await page.getByRole('tabpanel').waitFor();
    }],
    ['causal paths', 'path=homeless-on-release,recall', async (page) => {
      await page.getByRole('tab', { name: 'Paths' }).click();
      await page.getByRole('tabpanel').waitFor();
    }],
    ['a what-if', 'fund=housing-on-release', async (page) => {
      await page.getByRole('tab', { name: 'What if' }).click();
      await page.getByRole('tabpanel').waitFor();
    }],
    ['the export dialog, with its preview', '', async (page) => {
      await page.getByRole('button', { name: 'Export' }).click();
      await page.getByRole('dialog', { name: 'Export this view' }).waitFor();
      await page.waitForTimeout(300);
    }],
    ['the stories panel, saving a view', '', async (page) => {
      await page.getByRole('tab', { name: 'Stories' }).click();
      await page.getByLabel('Name this view').fill('A view');
      await page.getByRole('button', { name: 'Save view' }).click();
      await page.getByText('Saved “A view”.').waitFor();
    }],
    ['the embed', 'embed=1', async (page) => void (await page.getByRole('link', { name: /Open the full map/ }).waitFor())],
  ];

  it.each(visits)('%s', async (_name, query, act) => {
    const { page, problems } = await openAppWatching({ fixture: 'small-map.json', query });
    await page.getByRole('group', { name: /Causal map/ }).or(page.locator('table').first()).first().waitFor();
    await act(page);
    expect(await violations(page)).toEqual([]);
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
    await page.context().close();
  });

  it('the bundled map playing its example story', async () => {
    const { page, problems } = await openAppWatching({});
    await page.getByRole('tab', { name: 'Stories' }).click();
    await page.getByRole('button', { name: 'Play the example story' }).click();
    await page.getByRole('region', { name: /^Story: / }).waitFor();
    await page.keyboard.press('ArrowRight');
    expect(await violations(page)).toEqual([]);
    expect(problems.filter((p) => /Content Security Policy|Refused to/i.test(p))).toEqual([]);
    await page.context().close();
  });

  it('the page that refuses an invalid dataset', async () => {
    const { page } = await openAppWatching({ fixture: 'invalid-map.json' });
    await page.getByRole('alert').waitFor();
    expect(await violations(page)).toEqual([]);
    await page.context().close();
  });
});

/** openApp, with the violation recorder installed before the app's first script runs. */
async function openAppWatching(options: { fixture?: string; query?: string }) {
  return openApp(browser(), { ...options, initScript: RECORD_VIOLATIONS });
}
