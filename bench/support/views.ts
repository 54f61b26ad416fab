import type { Page } from 'playwright-core';
import { TimedOut, within, type Figure } from './timing';

/** A view a person opens, how they open it, and what shows it has opened. */
export interface ViewStep {
  name: 'Loops' | 'Leverage' | 'Evidence gaps' | 'Table';
  /** The button's accessible name and the group (or tab list) it sits in. */
  button: { name: string; within: string };
  /** Shown once the view has something useful on screen. */
  shown: string;
}

/** Loops is a sidebar tab beside the map, so it is opened first, while the map is the view. */
export const VIEW_STEPS: readonly ViewStep[] = [
  { name: 'Loops', button: { name: 'Loops', within: '[role="tablist"]' }, shown: '#loops-title' },
  { name: 'Leverage', button: { name: 'Leverage', within: '[role="group"][aria-label="View"]' }, shown: '.leverage-view' },
  { name: 'Evidence gaps', button: { name: 'Evidence gaps', within: '[role="group"][aria-label="View"]' }, shown: '.gap-matrix-view' },
  { name: 'Table', button: { name: 'Table', within: '[role="group"][aria-label="View"]' }, shown: '.table-view' },
];

/**
 * From the click to the end of the first frame painted with the view's content (and no "Loading"
 * placeholder), timed inside the page so the driver's round trips are not counted.
 */
export async function timeView(page: Page, step: ViewStep, budget: number): Promise<Figure> {
  try {
    const ms = await within(
      budget,
      page.evaluate(
        ({ button, shown }) =>
          new Promise<number>((resolve, reject) => {
            const target = [...document.querySelectorAll(`${button.within} button, ${button.within} [role="tab"]`)].find(
              (b) => b.textContent?.trim() === button.name,
            ) as HTMLElement | undefined;
            if (!target) return reject(new Error(`no "${button.name}" button`));
            const start = performance.now();
            target.click();
            const check = () => {
              if (document.querySelector(shown) && !document.querySelector('.view-loading')) {
                const channel = new MessageChannel();
                channel.port1.onmessage = () => resolve(performance.now() - start);
                requestAnimationFrame(() => channel.port2.postMessage(null));
              } else requestAnimationFrame(check);
            };
            check();
          }),
        step,
      ),
    );
    return { ms };
  } catch (error) {
    if (error instanceof TimedOut) return { timedOutAfter: budget };
    return { skipped: `failed: ${(error as Error).message.split('\n')[0]}` };
  }
}
