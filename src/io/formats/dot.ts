import type { Dataset } from '../../model';
import type { FormatWriter } from './formatEntry';

/**
 * DOT, Graphviz's language (export only: DOT has no place for citations or evidence, so it does not
 * re-import). A digraph: factors as rounded boxes, interventions as diamonds; a link's polarity is
 * its label and line ("+" solid, "-" dashed), an intervention's effect on a factor a dotted line
 * labelled "raises" or "lowers". Every id and label is a quoted string, escaped by DOT's rules.
 */

/**
 * A DOT quoted string. Inside one only `\"` is an escape, but Graphviz then reads labels as escape
 * strings, where `\N`, `\G`, `\l` and the like mean something: so a backslash is written doubled,
 * a quote escaped, and every line end (CR LF, CR, LF, U+0085, U+2028, U+2029) is `\n`, a centred
 * line break, so no raw line break (or backslash before one, DOT's line continuation) is written.
 */
export const dotString = (text: string): string => `"${text.replace(/\\/g, '\\\\').replace(/"/g, '\\"').replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\\n')}"`;

const attributes = (pairs: Record<string, string>) =>
  `[${Object.entries(pairs)
    .map(([name, value]) => `${name}=${dotString(value)}`)
    .join(', ')}]`;

export function toDot(dataset: Dataset): string {
  const lines = [
    `digraph ${dotString(dataset.meta.title)} {`,
    `  graph ${attributes({ label: dataset.meta.title, rankdir: 'LR' })};`,
    `  node ${attributes({ shape: 'box', style: 'rounded' })};`,
    ...dataset.factors.map((f) => `  ${dotString(f.id)} ${attributes({ label: f.label })};`),
    ...dataset.interventions.map((i) => `  ${dotString(i.id)} ${attributes({ label: i.label, shape: 'diamond', style: 'filled', fillcolor: '#e8f1fb' })};`),
    ...dataset.links.map((l) => `  ${dotString(l.from)} -> ${dotString(l.to)} ${attributes({ label: l.polarity, style: l.polarity === '+' ? 'solid' : 'dashed' })};`),
    ...dataset.interventions.flatMap((i) => i.targets.map((t) => `  ${dotString(i.id)} -> ${dotString(t.factor)} ${attributes({ label: t.effect, style: 'dotted' })};`)),
    '}',
    '',
  ];
  return lines.join('\n');
}

export const write: FormatWriter = ({ dataset }) => toDot(dataset);
