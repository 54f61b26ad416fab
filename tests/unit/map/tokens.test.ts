import { readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { COLOURS, DASHES, tokenProperty, tokenStylesheet } from '../../../src/map/tokens';
import { edgeStyle, LOOK } from '../../../src/map/render/canvasStyle';

/**
 * Issue 25: every colour and dash the map draws is written once, in src/map/tokens.ts. A stylesheet
 * that spells out a token's value (in any notation) has copied it and will drift when the token
 * changes; so has the canvas's style module.
 */
const root = fileURLToPath(new URL('../../../', import.meta.url));
const stylesheets = (function walk(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    return entry.isDirectory() ? walk(path) : entry.name.endsWith('.css') ? [path] : [];
  });
})(join(root, 'src'));

const COLOUR_LITERAL = /#[0-9a-f]{3,8}\b|rgba?\([^)]*\)/gi;

/** A colour as red, green, blue and alpha, whatever the notation: #fff, #ffffff, rgb(255 255 255 / 1), rgba(255, 255, 255, 1). */
function rgba(literal: string): string | null {
  const hex = /^#([0-9a-f]{3,8})$/i.exec(literal)?.[1];
  if (hex) {
    const full = hex.length <= 4 ? [...hex].map((c) => c + c).join('') : hex;
    const channel = (i: number) => parseInt(full.slice(i, i + 2), 16);
    return [channel(0), channel(2), channel(4), full.length === 8 ? +(channel(6) / 255).toFixed(2) : 1].join(',');
  }
  const parts = /^rgba?\(\s*(\d+)[\s,]+(\d+)[\s,]+(\d+)\s*(?:[,/]\s*([\d.]+)(%?))?\s*\)$/i.exec(literal);
  if (!parts) return null;
  const alpha = parts[4] === undefined ? 1 : Number(parts[4]) / (parts[5] ? 100 : 1);
  return [parts[1], parts[2], parts[3], +alpha.toFixed(2)].join(',');
}

const tokenByColour = new Map(Object.entries(COLOURS).map(([name, value]) => [rgba(value), name]));

/** Each colour literal in a text that equals a token, with the token it copies. */
function copiedTokens(text: string): string[] {
  return [...text.matchAll(COLOUR_LITERAL)].flatMap(([literal]) => {
    const token = tokenByColour.get(rgba(literal));
    return token ? [`${literal} (the token ${token})`] : [];
  });
}

describe('colours and dashes are written once (src/map/tokens.ts)', () => {
  it('reads every notation of a colour the same, so a copy cannot hide in another spelling', () => {
    expect(rgba('#fff')).toBe(rgba('rgb(255 255 255)'));
    expect(rgba('rgba(255, 255, 255, 0.92)')).toBe(rgba('rgb(255 255 255 / 0.92)'));
    expect(rgba('#1B1B1B')).toBe(rgba('#1b1b1b'));
    expect(copiedTokens('.x { stroke: #1B1B1B; fill: var(--ink); }')).toEqual(['#1B1B1B (the token ink)']);
  });

  it('finds the stylesheets to check', () => {
    expect(stylesheets.map((path) => relative(root, path))).toContain(join('src', 'map', 'map.css'));
  });

  it.each(stylesheets.map((path) => [relative(root, path), path]))('%s spells out no token’s colour (it uses var(--token))', (_name, path) => {
    expect(copiedTokens(readFileSync(path, 'utf8'))).toEqual([]);
  });

  it('the canvas style module spells out no colour: it reads the tokens', () => {
    const source = readFileSync(join(root, 'src/map/render/canvasStyle.ts'), 'utf8');
    expect(source.match(COLOUR_LITERAL) ?? []).toEqual([]);
    expect(LOOK.linkEdge).toBe(COLOURS.linkEdge);
    expect(LOOK.background).toBe(COLOURS.mapBackground);
  });

  it('the map and the legend draw their lines with the dash tokens, never a dash of their own', () => {
    const rules = stylesheets.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/([^{}]*)\{([^}]*)\}/g)]);
    const mapAndLegend = rules.filter(([, selector]) => /\.(map-|line-sample)/.test(selector!));
    const dashes = mapAndLegend.flatMap(([, selector, body]) => [...body!.matchAll(/stroke-dasharray:\s*([^;]+)/g)].map((m) => `${selector!.trim()}: ${m[1]!.trim()}`));
    expect(dashes.length).toBeGreaterThan(5);
    for (const dash of dashes) expect(dash).toMatch(/: (none|var\(--dash-[a-z-]+\))$/);
    // The legend's sample of an opposite link is the map's own dash (it was 5 3 against the map's 6 4).
    expect(dashes).toContain('.line-sample--opposite line: var(--dash-negative)');
    expect(dashes).toContain('.map-edge--negative: var(--dash-negative)');
  });

  it('the canvas dashes links with the same tokens', () => {
    const link = { kind: 'link', polarity: '-', inferred: false, intended: false } as const;
    expect(edgeStyle(link, 'normal').dash).toEqual(DASHES.negative);
    expect(edgeStyle({ ...link, inferred: true }, 'normal').dash).toEqual(DASHES.inferredNegative);
    expect(edgeStyle({ ...link, polarity: '+', inferred: true }, 'traced').dash).toEqual(DASHES.tracedInferred);
  });

  it('every var(--token) a stylesheet uses for a colour or dash is one the build writes', () => {
    const written = new Set([...tokenStylesheet().matchAll(/(--[a-z-]+):/g)].map((m) => m[1]));
    const declaredInCss = new Set(stylesheets.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/(--[a-z-]+)\s*:/g)].map((m) => m[1])));
    // A var() with a fallback (`var(--border, #ddd)`) draws without a token; --compared is a count the compare table sets itself.
    const used = stylesheets.flatMap((path) => [...readFileSync(path, 'utf8').matchAll(/var\((--[a-z-]+)\)/g)].map((m) => m[1]!)).filter((name) => name !== '--compared');
    const unknown = used.filter((name) => !written.has(name) && !declaredInCss.has(name));
    expect(unknown).toEqual([]);
    for (const name of Object.keys(COLOURS)) expect(written.has(tokenProperty(name))).toBe(true);
    expect(tokenStylesheet()).toContain('--dash-negative: 6 4;');
    expect(tokenStylesheet()).toContain('--link-edge: #4d4d4d;');
  });
});
