import mapStylesheet from '../map.css?raw';
import { COLOURS, DASHES, tokenProperty } from '../tokens';

/**
 * The map's SVG look, as a table an export applies itself: the rules of map.css (the stylesheet
 * the page draws the map with), read from the same file, with each `var(--token)` replaced by its
 * value from tokens.ts. An exported map then carries its look as presentation attributes, set by
 * the same cascade the browser runs (specificity, then order), without reading the page: no
 * computed style, no page stylesheet, and the same result in jsdom as in a browser.
 *
 * map.css stays the one place the look is written; this module only reads it, so the page's map
 * cannot change because an export did, and the contrast and token tests keep reading the real rules.
 */

/** The properties that make the picture (what a presentation attribute can say); cursors, transitions and pointer events are the page's alone. */
export const LOOK_PROPERTIES = [
  'display',
  'fill',
  'fill-opacity',
  'stroke',
  'stroke-width',
  'stroke-opacity',
  'stroke-dasharray',
  'stroke-linecap',
  'stroke-linejoin',
  'opacity',
  'font-size',
  'font-weight',
  'font-style',
  'letter-spacing',
  'text-anchor',
  'dominant-baseline',
  'paint-order',
  'visibility',
] as const;

export interface LookRule {
  /** One selector (a rule for `a, b` is two rules). */
  selector: string;
  specificity: number;
  /** Its place in the stylesheet: a later rule wins a tie. */
  order: number;
  /** Property and value, tokens resolved, in the order written. */
  look: ReadonlyArray<readonly [string, string]>;
}

const TOKEN_VALUES = new Map<string, string>([
  ...Object.entries(COLOURS).map(([name, value]) => [tokenProperty(name), value] as const),
  ...Object.entries(DASHES).map(([name, value]) => [tokenProperty(name, 'dash'), value.join(' ')] as const),
]);

/** A value with its tokens replaced: `var(--link-edge)` → `#4d4d4d`. An unknown token is an error, not a silent black. */
function resolved(value: string): string {
  return value.replace(/var\((--[a-z-]+)\)/g, (_all, name: string) => {
    const token = TOKEN_VALUES.get(name);
    if (token === undefined) throw new Error(`map.css uses ${name}, which src/map/tokens.ts does not define`);
    return token;
  });
}

/** CSS specificity as one number: ids, then classes, attributes and pseudo-classes, then element names. */
export function specificity(selector: string): number {
  const ids = selector.match(/#[\w-]+/g)?.length ?? 0;
  const classes = selector.match(/\.[\w-]+|\[[^\]]*\]|:(?!:)[\w-]+/g)?.length ?? 0;
  const names = selector.replace(/\[[^\]]*\]|[.#:]+[\w-]+/g, ' ').match(/[a-z][\w-]*/gi)?.length ?? 0;
  return ids * 10_000 + classes * 100 + names;
}

/**
 * The top-level rules of a stylesheet that set a picture property, in cascade order (least
 * specific first, then as written, so the winner is applied last). At-rule blocks (@media for
 * phones and reduced motion) are skipped: what they hold is the page's layout and motion.
 */
export function parseLooks(css: string): LookRule[] {
  const text = css.replace(/\/\*[\s\S]*?\*\//g, '');
  const rules: LookRule[] = [];
  let at = 0;
  let order = 0;
  while (at < text.length) {
    const open = text.indexOf('{', at);
    if (open < 0) break;
    const prelude = text.slice(at, open).trim();
    if (prelude.startsWith('@')) {
      at = blockEnd(text, open);
      continue;
    }
    const close = text.indexOf('}', open);
    const look = text
      .slice(open + 1, close)
      .split(';')
      .map((declaration) => declaration.split(/:(.*)/s).map((part) => part.trim()))
      .filter(([name, value]) => value && (LOOK_PROPERTIES as readonly string[]).includes(name!))
      .map(([name, value]) => [name!, resolved(value!.replace(/\s*!important$/, ''))] as const);
    if (look.length > 0) {
      for (const selector of prelude.split(',').map((s) => s.trim())) rules.push({ selector, specificity: specificity(selector), order: order++, look });
    }
    at = close + 1;
  }
  return rules.sort((a, b) => a.specificity - b.specificity || a.order - b.order);
}

/** Where a block that opens at `open` closes, counting the blocks inside it. */
function blockEnd(text: string, open: number): number {
  let depth = 0;
  for (let i = open; i < text.length; i++) {
    if (text[i] === '{') depth++;
    else if (text[i] === '}' && --depth === 0) return i + 1;
  }
  return text.length;
}

let table: LookRule[] | null = null;

/** The map's rules, in cascade order, read once. */
export function mapLooks(): readonly LookRule[] {
  table ??= parseLooks(mapStylesheet);
  return table;
}

/**
 * Gives `target` (`source` itself, or its deep clone) the look that `rules` give `source` and
 * everything in it, as presentation attributes, as the browser's cascade would: a rule beats an
 * attribute the painter set, a more specific or later rule beats an earlier one, and the rest
 * inherits as it does on the page. Rules are matched on `source`, so a clone of an element on the
 * page gets what its place there gives it. Lengths in `em` become pixels, for viewers that read
 * SVG 1.1 only. Hidden elements keep `display="none"`, for the export to drop.
 */
export function applyLooks(source: Element, rules: readonly LookRule[] = mapLooks(), target: Element = source): void {
  const sources = [source, ...source.querySelectorAll('*')];
  const targets = target === source ? sources : [target, ...target.querySelectorAll('*')];
  const twinOf = new Map(sources.map((element, i) => [element, targets[i]]));
  for (const rule of rules) {
    const matched = [...(source.matches(rule.selector) ? [source] : []), ...source.querySelectorAll(rule.selector)];
    for (const element of matched) for (const [name, value] of rule.look) twinOf.get(element)?.setAttribute(name, value);
  }
  for (const element of [target, ...target.querySelectorAll('[stroke-width$="em"], [letter-spacing$="em"]')]) {
    for (const name of ['stroke-width', 'letter-spacing']) {
      const value = element.getAttribute(name);
      if (value?.endsWith('em')) element.setAttribute(name, `${round(parseFloat(value) * fontSizeOf(element))}px`);
    }
  }
}

/** The font size an element draws at, in pixels: its own or the nearest ancestor's, else the viewer's 16. */
function fontSizeOf(element: Element): number {
  for (let at: Element | null = element; at; at = at.parentElement) {
    const size = parseFloat(at.getAttribute('font-size') ?? '');
    if (Number.isFinite(size)) return size;
  }
  return 16;
}

/** Six significant figures, as browsers give a computed length. */
const round = (n: number) => Number(n.toPrecision(6));

/** Whether an exported element is part of the picture: not hidden by the look, not on its way out. */
export function isDrawn(element: Element): boolean {
  return element.getAttribute('display') !== 'none' && !element.classList.contains('is-leaving');
}
