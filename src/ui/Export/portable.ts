/** What keeps an export portable: fonts every viewer has, and none of the live page's attributes. */

/** Fonts that every viewer has: the exported text stays text, and looks the same anywhere. */
export const PORTABLE_FONT = 'Arial, Helvetica, "Liberation Sans", sans-serif';

/** Attributes that make sense only on the live page (focus, roles, handlers' hooks). */
const LIVE_ONLY = ['tabindex', 'role', 'aria-label', 'aria-hidden', 'aria-pressed', 'aria-current', 'focusable'];

export function stripLiveAttributes(root: Element): void {
  for (const element of [root, ...Array.from(root.querySelectorAll('*'))]) {
    for (const name of LIVE_ONLY) element.removeAttribute(name);
  }
}
