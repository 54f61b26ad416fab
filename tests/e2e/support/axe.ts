import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** WCAG 2.2 AA as axe-core tags it (2.0, 2.1 and 2.2 success criteria, levels A and AA). */
export const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: Array<{ target: string[] }>;
}

export interface Violation {
  id: string;
  impact: string;
  text: string;
}

/**
 * Runs axe-core on the page as it stands (the page must be opened with bypassCSP to let it in),
 * or only on the elements a CSS selector picks (`within`), to check one control in one state.
 * `needsReview` gives what axe could not decide instead: it files text in the same colour as its
 * background (white on white, a 1:1 ratio) there, not among the violations.
 */
export async function axeViolations(page: Page, within?: string, { needsReview = false } = {}): Promise<Violation[]> {
  const present = await page.evaluate(() => 'axe' in window);
  if (!present) await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async ({ tags, within, needsReview }) => {
    type Results = { violations: AxeViolation[]; incomplete: AxeViolation[] };
    const axe = (window as unknown as { axe: { run(context: string | Document, options: object): Promise<Results> } }).axe;
    const result = await axe.run(within ?? document, { runOnly: { type: 'tag', values: tags } });
    return needsReview ? result.incomplete : result.violations;
  }, { tags: WCAG_TAGS, within, needsReview });
  return violations.map((v) => ({
    id: v.id,
    impact: v.impact ?? 'unknown',
    text: `${v.impact}: ${v.id} (${v.help}) at ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(', ')}${v.nodes.length > 3 ? ` and ${v.nodes.length - 3} more` : ''}`,
  }));
}

/** The violations a person relying on assistive technology would be blocked by. */
export const serious = (violations: Violation[]) => violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.text);
