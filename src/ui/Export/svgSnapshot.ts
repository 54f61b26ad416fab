import { PORTABLE_FONT, stripLiveAttributes } from './portable';
import type { ExportPicture } from './exportPicture';
import type { LegendSample, LinkSample } from './legendSamples';
import { wrapText } from './wrapText';
import { COLOURS, DASHES } from '../../map/tokens';
import type { MarkBox } from '../../map/markExtent';

const SVG_NS = 'http://www.w3.org/2000/svg';
const PAD = 20;
const TITLE_PX = 22;
const TEXT_PX = 13;
const SMALL_PX = 11;
const LEGEND_ROW = 22;
const LEGEND_COLUMN = 300;
const MARK = 16;
const LEGEND_PX = SMALL_PX + 1;
/** Room for an entry's words in its legend column: the column less its swatch and a gap before the next. */
const LEGEND_TEXT_WIDTH = LEGEND_COLUMN - MARK - 16 - 12;

/**
 * Where each legend entry goes, in rows of `columns`: its words wrapped to its column (a long
 * entry, "Impact: no clear effect on reoffending (struck through)", ran into the next column's),
 * each row as tall as its longest entry. Tops are from the legend's first row.
 */
function legendLayout(entries: readonly LegendSample[], columns: number) {
  const wrapped = entries.map((entry) => wrapText(entry.label, LEGEND_TEXT_WIDTH, LEGEND_PX));
  const placed: { column: number; top: number; lines: string[] }[] = [];
  let top = 0;
  for (let start = 0; start < wrapped.length; start += columns) {
    const row = wrapped.slice(start, start + columns);
    row.forEach((lines, column) => placed.push({ column, top, lines }));
    top += LEGEND_ROW + (Math.max(...row.map((lines) => lines.length)) - 1) * Math.round(LEGEND_PX * 1.35);
  }
  return { placed, height: top };
}

export interface SnapshotOptions {
  /** The map (or chart) as the view shows it (zoom, pan, filters, selection), and how to copy it. */
  picture: ExportPicture;
  title: string;
  /** The view in words: filters, focus, what is traced. */
  description: readonly string[];
  legend: readonly LegendSample[];
  /** Dataset, version, licence, date of export, citation, link. */
  attribution: readonly string[];
  background: 'white' | 'transparent';
}

export interface Snapshot {
  svg: string;
  width: number;
  height: number;
}

function element<K extends keyof SVGElementTagNameMap>(name: K, attributes: Record<string, string | number>): SVGElementTagNameMap[K] {
  const created = document.createElementNS(SVG_NS, name);
  for (const [key, value] of Object.entries(attributes)) created.setAttribute(key, String(value));
  return created;
}

function textBlock(lines: readonly string[], x: number, y: number, size: number, weight = 'normal', fill: string = COLOURS.ink): SVGTextElement {
  const text = element('text', { x, y, 'font-size': size, 'font-weight': weight, fill });
  lines.forEach((line, i) => {
    const span = element('tspan', { x, dy: i === 0 ? 0 : Math.round(size * 1.35) });
    // A space ends each wrapped line but the last, so the export's text reads as words when copied
    // or read aloud ("reoffend (crossed out)", not "reoffend(crossed out)"); drawn, it is invisible.
    span.textContent = i < lines.length - 1 ? `${line} ` : line;
    text.append(span);
  });
  return text;
}

/**
 * What a swatch leaves out of a node: its name and words (the legend row says them), and what the
 * view adds to it (a what-if ring, a money halo) or says beside it (the caution word): the swatch
 * shows the kind, in the box its mark fills (markExtent).
 */
const NOT_IN_SWATCH = 'title, text, .map-impact, .map-money, .map-caution-tag';

/**
 * A node's mark (shape and glyphs, no label) scaled to a legend swatch, without the map's identity.
 * Its box is the one its geometry gives (`extent`), so the picture needs no page to be measured
 * in; a sample without one is on the page (the impact chart's key) and is measured there.
 */
function markOf(node: Element, extent: MarkBox | undefined, picture: ExportPicture): SVGGElement {
  const group = element('g', {});
  for (const child of Array.from(node.children)) {
    if (child.matches(NOT_IN_SWATCH)) continue;
    const twin = picture.copy(child);
    if (!twin) continue;
    // A swatch shows the kind at full strength, whatever fading or dimming the node has now.
    for (const faded of [twin, ...Array.from(twin.querySelectorAll('*'))]) {
      for (const name of ['opacity', 'fill-opacity', 'stroke-opacity']) faded.removeAttribute(name);
    }
    group.append(twin);
  }
  const box = extent ?? (node as SVGGraphicsElement).getBBox();
  const scale = MARK / Math.max(box.width, box.height, 1);
  const centre = (at: number, size: number) => Number((-(at + size / 2)).toFixed(3)) || 0;
  group.setAttribute('transform', `scale(${scale.toFixed(3)}) translate(${centre(box.x, box.width)},${centre(box.y, box.height)})`);
  return group;
}

/** A causal link's line, in the map's colour and dashes (tokens.ts), drawn bolder than on the map so a swatch reads. */
function linkSwatch(kind: LinkSample): SVGLineElement {
  return element('line', {
    x1: -MARK / 2 - 4,
    x2: MARK / 2 + 4,
    y1: 0,
    y2: 0,
    stroke: COLOURS.linkEdge,
    'stroke-width': 2,
    ...(kind === 'link-negative' ? { 'stroke-dasharray': DASHES.negative.join(' ') } : {}),
    ...(kind === 'link-inferred' ? { 'stroke-opacity': 0.4, 'stroke-dasharray': DASHES.inferred.join(' ') } : {}),
  });
}

/** The portfolio overlay's gold halo round a plain node, in the map's own colours. */
function haloSwatch(): SVGGElement {
  const group = element('g', { class: 'legend-money-halo' });
  group.append(element('circle', { r: MARK / 2 + 2, fill: COLOURS.moneyFill, stroke: COLOURS.money, 'stroke-width': 1.5 }));
  group.append(element('circle', { r: MARK / 4, fill: COLOURS.paper, stroke: '#555555', 'stroke-width': 1 }));
  return group;
}

/**
 * The view as one self-contained SVG: title and the view in words above, the map as seen, the
 * legend of what is shown and the attribution below. Every part carries its look as presentation attributes, text stays text, and
 * node `data-id`s and label `data-label-for`s are kept so other tools can read the export.
 */
export function snapshotSvg(options: SnapshotOptions): Snapshot {
  const { picture } = options;
  const { width: mapWidth, height: mapHeight } = picture;
  const width = Math.max(mapWidth, 640);
  const textWidth = width - 2 * PAD;

  const titleLines = wrapText(options.title, textWidth, TITLE_PX);
  const descriptionLines = options.description.flatMap((line) => wrapText(line, textWidth, TEXT_PX));
  const headerHeight = PAD + titleLines.length * TITLE_PX * 1.35 + 6 + descriptionLines.length * TEXT_PX * 1.35 + 8;
  const columns = Math.max(1, Math.floor(textWidth / LEGEND_COLUMN));
  const legend = legendLayout(options.legend, columns);
  const legendTop = headerHeight + mapHeight + 14;
  const legendHeight = 20 + legend.height;
  const footerLines = options.attribution.flatMap((line) => wrapText(line, textWidth, SMALL_PX));
  const footerTop = legendTop + legendHeight + 10;
  const height = Math.ceil(footerTop + footerLines.length * SMALL_PX * 1.35 + PAD);

  // No xmlns attribute: the serializer declares the SVG namespace itself (jsdom's wrote it twice, which no XML parser reads).
  const root = element('svg', { width, height, viewBox: `0 0 ${width} ${height}`, 'font-family': PORTABLE_FONT });
  const title = element('title', {});
  title.textContent = options.title;
  root.append(title);
  if (options.background === 'white') root.append(element('rect', { width, height, fill: COLOURS.paper }));

  root.append(textBlock(titleLines, PAD, PAD + TITLE_PX * 0.8, TITLE_PX, 'bold'));
  root.append(textBlock(descriptionLines, PAD, PAD + titleLines.length * TITLE_PX * 1.35 + TEXT_PX, TEXT_PX, 'normal', '#333333'));

  // The map as seen: its own coordinates, cut to the visible area.
  const clipId = 'export-map-area';
  const defs = element('defs', {});
  const clip = element('clipPath', { id: clipId });
  clip.append(element('rect', { x: 0, y: 0, width: mapWidth, height: mapHeight }));
  defs.append(clip);
  root.append(defs);
  const mapFrame = element('g', { transform: `translate(${Math.round((width - mapWidth) / 2)},${Math.round(headerHeight)})` });
  const mapArea = element('g', { 'clip-path': `url(#${clipId})` });
  if (options.background === 'white' && picture.background) {
    mapArea.append(element('rect', { width: mapWidth, height: mapHeight, fill: picture.background }));
  }
  for (const child of Array.from(picture.svg.children)) {
    const twin = picture.copy(child);
    if (twin) mapArea.append(twin);
  }
  mapFrame.append(mapArea, element('rect', { width: mapWidth, height: mapHeight, fill: 'none', stroke: '#c8c8c4' }));
  root.append(mapFrame);

  // The legend of what is shown.
  root.append(textBlock(['Legend'], PAD, legendTop + 12, TEXT_PX, 'bold'));
  options.legend.forEach((entry, index) => {
    const { column, top, lines } = legend.placed[index]!;
    const x = PAD + column * LEGEND_COLUMN;
    const y = legendTop + 20 + top + LEGEND_ROW / 2;
    const swatch = element('g', { transform: `translate(${x + MARK / 2 + 4},${y})` });
    const { sample } = entry;
    swatch.append(sample === 'money-halo' ? haloSwatch() : typeof sample === 'string' ? linkSwatch(sample) : markOf(sample, entry.extent, picture));
    root.append(swatch, textBlock(lines, x + MARK + 16, y + 4, LEGEND_PX));
  });

  root.append(textBlock(footerLines, PAD, footerTop + SMALL_PX, SMALL_PX, 'normal', '#444444'));

  stripLiveAttributes(root);
  // Only the map's own nodes keep their identity: legend swatches are copies of marks, not nodes.
  return { svg: new XMLSerializer().serializeToString(root), width, height };
}
