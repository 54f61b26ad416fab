import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DOMAIN_COLOURS, TYPE_COLOURS } from '../../../src/map/palette';
import { inkOn } from '../../../src/map/glyphs';
import { COLOURS, tokenProperty } from '../../../src/map/tokens';

/** WCAG 2.x relative luminance and contrast ratio, from the definitions in the standard. */
function luminance(hex: string): number {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? [...h].map((c) => c + c).join('') : h;
  const channel = (i: number) => {
    const v = parseInt(full.slice(i, i + 2), 16) / 255;
    return v <= 0.04045 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4;
  };
  return 0.2126 * channel(0) + 0.7152 * channel(2) + 0.0722 * channel(4);
}

function contrast(a: string, b: string): number {
  const [light, dark] = [luminance(a), luminance(b)].sort((x, y) => y - x) as [number, number];
  return (light + 0.05) / (dark + 0.05);
}

/** What a stroke drawn at this opacity looks like over this background. */
function over(hex: string, opacity: number, background: string): string {
  const rgb = (h: string) => {
    const s = h.replace('#', '');
    const full = s.length === 3 ? [...s].map((c) => c + c).join('') : s;
    return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16));
  };
  const [f, b] = [rgb(hex), rgb(background)];
  return `#${f.map((c, i) => Math.round(c * opacity + b[i]! * (1 - opacity)).toString(16).padStart(2, '0')).join('')}`;
}

const css = readFileSync(new URL('../../../src/map/map.css', import.meta.url), 'utf8');

/** A declaration's value in the first rule whose selector is exactly this one. */
function declared(selector: string, property: string): string {
  const escaped = selector.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const rule = new RegExp(`(?:^|\\n)${escaped}\\s*\\{([^}]*)\\}`).exec(css);
  if (!rule) throw new Error(`map.css has no rule for ${selector}`);
  const value = new RegExp(`(?:^|;|\\s)${property}:\\s*([^;]+)`).exec(rule[1]!);
  if (!value) throw new Error(`${selector} declares no ${property}`);
  return value[1]!.trim();
}

/** A custom property's colour, as the build writes it from the tokens (src/map/tokens.ts). */
const variable = (name: string) => {
  const entry = Object.entries(COLOURS).find(([token]) => tokenProperty(token) === name);
  if (!entry) throw new Error(`src/map/tokens.ts has no colour for ${name}`);
  return entry[1];
};
const colour = (value: string) => (value.startsWith('var(') ? variable(value.slice(4, -1)) : value);

// What the map is drawn on: the page and the two alternating stage bands.
const BACKGROUNDS = ['#ffffff', colour(declared('.map-stage', 'fill')), colour(declared('.map-stage--odd', 'fill'))];
const NON_TEXT = 3; // WCAG 2.2 SC 1.4.11, graphical objects and UI components

describe('the map reads for people with low vision (WCAG 1.4.11: 3:1 for graphics)', () => {
  it.each([...DOMAIN_COLOURS.map((c) => ['domain', c]), ...TYPE_COLOURS.map((c) => ['type', c])])('draws the glyph on the %s colour %s at 3:1 or more', (_kind, fill) => {
    expect(contrast(inkOn(fill), fill)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('outlines every node, whatever its fill, at 3:1 or more against the map, so a pale fill never hides a node', () => {
    const outline = colour(declared('.map-node-shape', 'stroke'));
    for (const background of BACKGROUNDS) expect(contrast(outline, background)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('draws the evidence pips, filled and empty, at 3:1 or more', () => {
    const pip = colour(declared('.map-pip', 'stroke'));
    for (const background of BACKGROUNDS) expect(contrast(pip, background)).toBeGreaterThanOrEqual(NON_TEXT);
    expect(contrast(colour(declared('.map-pip.is-filled', 'fill')), colour(declared('.map-pip', 'fill')))).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it.each([
    ['a causal link', '.map-edge', '.map-edge'],
    ['an inferred link (paler, still 3:1)', '.map-edge', '.map-edge--inferred'],
    ['an intervention’s link', '.map-edge--action', '.map-edge--action'],
    ['a traced link', '.map-edge.is-traced', '.map-edge.is-traced'],
    ['a traced inferred link', '.map-edge.is-traced', '.map-edge.is-traced.map-edge--inferred'],
  ])('draws %s at 3:1 or more on the page and on every stage band', (_name, strokeRule, opacityRule) => {
    const stroke = colour(declared(strokeRule, 'stroke'));
    const opacity = Number(declared(opacityRule, 'opacity'));
    for (const background of BACKGROUNDS) expect(contrast(over(stroke, opacity, background), background)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('keeps the inferred link visibly paler than a stated one', () => {
    expect(Number(declared('.map-edge--inferred', 'opacity'))).toBeLessThan(Number(declared('.map-edge', 'opacity')) - 0.15);
  });

  it('shows keyboard focus at 3:1 or more', () => {
    for (const background of BACKGROUNDS) expect(contrast(variable('--focus'), background)).toBeGreaterThanOrEqual(NON_TEXT);
  });

  it('computes contrast as WCAG defines it', () => {
    expect(contrast('#000000', '#ffffff')).toBeCloseTo(21, 5);
    expect(contrast('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
  });
});
