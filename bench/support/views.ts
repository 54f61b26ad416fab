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
 * Runs in the page (plain script text, so the TypeScript runner's helpers never leak into it):
 * clicks the button, then resolves with the time to the end of the first frame painted with the
 * view's content and no "Loading" placeholder.
 */
const OPEN_AND_TIME = `(function (step) {
  return new Promise(function (resolve, reject) {
    var candidates = document.querySelectorAll(step.button.within + ' button, ' + step.button.within + ' [role="tab"]');
    var target = Array.prototype.find.call(candidates, function (b) { return (b.textContent || '').trim() === step.button.name; });
    if (!target) return reject(new Error('no "' + step.button.name + '" button'));
    var start = performance.now();
    target.click();
    function check() {
      if (document.querySelector(step.shown) && !document.querySelector('.view-loading')) {
        var channel = new MessageChannel();
        channel.port1.onmessage = function () { resolve(performance.now() - start); };
        requestAnimationFrame(function () { channel.port2.postMessage(null); });
      } else requestAnimationFrame(check);
    }
    check();
  });
})`;

/** From the click to the first frame showing the view, timed inside the page so the driver's round trips are not counted. */
export async function timeView(page: Page, step: ViewStep, budget: number): Promise<Figure> {
  try {
    const ms = await within(budget, page.evaluate(`${OPEN_AND_TIME}(${JSON.stringify(step)})`) as Promise<number>);
    return { ms };
  } catch (error) {
    if (error instanceof TimedOut) return { timedOutAfter: budget };
    return { skipped: `failed: ${(error as Error).message.split('\n')[0]}` };
  }
}
