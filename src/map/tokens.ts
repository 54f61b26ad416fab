/**
 * The page's and the map's colours and dash patterns, written once. The canvas painter reads them
 * from here (render/canvasStyle.ts); the stylesheets read them as CSS custom properties
 * (`var(--link-edge)`, `var(--dash-negative)`), which the build writes from this file
 * (`tokenStylesheet`, served as `virtual:tokens.css` by vite.config.ts): no colour or dash that
 * both draw is copied by hand, so the SVG map, the canvas map and the legend cannot drift apart.
 * tests/unit/map/tokens.test.ts holds every stylesheet to that. This file imports nothing, so the
 * build's config can read it.
 */
export const COLOURS = {
  ink: '#1b1b1b',
  inkSoft: '#4a4a4a',
  paper: '#ffffff',
  panel: '#f7f7f5',
  line: '#d8d8d4',
  focus: '#0b57d0',
  accent: '#0b57d0',
  // The map's ground: its background, its stage bands (alternating) and the interventions' lane.
  mapBackground: '#fcfcfb',
  stageEven: '#f2f2ef',
  stageOdd: '#fbfbf9',
  stageText: '#3d3d3d',
  lane: 'rgba(238, 243, 249, 0.85)',
  laneText: '#3a4f66',
  linkEdge: '#4d4d4d',
  actionEdge: '#2c6fb7',
  /** An action whose research found no effect or harm: grey, never the blue of a benefit (3:1 on the map). */
  intendedEdge: '#707070',
  harm: '#a50021',
  traced: '#b3005e',
  dimmedInk: '#6b6b6b',
  outcomeInk: '#6e1332',
  outcomeRing: '#8c1d40',
  outcomeRingFill: '#fff1f4',
  // What-if: a factor the funded work pushes up or down (Okabe-Ito blue and vermilion), and their words' darker ink.
  rising: '#0072b2',
  falling: '#d55e00',
  risingInk: '#005a8c',
  fallingInk: '#a33f00',
  /** Where a funder's own grants go (the portfolio overlay): the ring round an intervention and its key. */
  money: '#8a6200',
  moneyFill: 'rgba(214, 160, 20, 0.22)',
  /** The white behind a label, so a link passing under it never hides it. */
  halo: 'rgba(255, 255, 255, 0.92)',
} as const;

/**
 * Dash patterns, in the map's layout units (they scale with the zoom). Line tells what colour does
 * not have to: opposite links are dashed, inferred ones dotted (dash-dot when also opposite), an
 * intervention's intended effect dash-dot-dot; a traced link keeps its kind in a bolder rhythm.
 */
export const DASHES = {
  negative: [6, 4],
  inferred: [1.5, 2.5],
  inferredNegative: [6, 3, 1.5, 3],
  intended: [4, 2, 1, 2],
  tracedNegative: [8, 4],
  tracedInferred: [2, 3],
  tracedInferredNegative: [8, 4, 2, 4],
  /** A node a person dragged and pinned: its outline, not a link. */
  pinned: [3, 2],
} as const satisfies Record<string, readonly number[]>;

/** `linkEdge` → `--link-edge`; dashes take a `dash-` prefix: `negative` → `--dash-negative`. */
export function tokenProperty(name: string, kind: 'colour' | 'dash' = 'colour'): string {
  return `--${kind === 'dash' ? 'dash-' : ''}${name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`)}`;
}

/** Every token as a custom property on :root: the stylesheet the build writes from this file. */
export function tokenStylesheet(): string {
  const colours = Object.entries(COLOURS).map(([name, value]) => `  ${tokenProperty(name)}: ${value};`);
  const dashes = Object.entries(DASHES).map(([name, value]) => `  ${tokenProperty(name, 'dash')}: ${value.join(' ')};`);
  return `/* Written by the build from src/map/tokens.ts: edit the colours and dashes there. */\n:root {\n${[...colours, ...dashes].join('\n')}\n}\n`;
}
