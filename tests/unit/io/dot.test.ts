import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../../src/model';
import { exportDataset } from '../../../src/io/export/exportDataset';
import { smallMap } from '../../fixtures/loadFixture';

/**
 * A DOT reader written from Graphviz's grammar (graphviz.org/doc/info/lang.html) and its scanner
 * (lib/cgraph/scan.l), not from our writer: IDs are names, numerals or double-quoted strings, in
 * which `\"` is a quote, `\\` is read as a pair (kept for the label's escapes) and a backslash
 * before a line break continues the line; statements are node, edge and attribute
 * statements with `[name=value, …]` lists, separated by `;` or line breaks. A label is then an
 * escape string (`\n`, `\l`, `\r` are line breaks, `\\` a backslash, `\N`, `\G`, `\E`, `\T`, `\H`,
 * `\L` name the node, graph and edge). It throws on anything it cannot parse.
 */
interface Dot {
  strict: boolean;
  directed: boolean;
  name: string;
  graph: Record<string, string>;
  /** Attributes every node gets unless it says otherwise (`node [...]`). */
  nodeDefaults: Record<string, string>;
  nodes: Map<string, Record<string, string>>;
  edges: Array<{ from: string; to: string; attributes: Record<string, string> }>;
}

function tokens(text: string): string[] {
  const found: string[] = [];
  let i = 0;
  while (i < text.length) {
    const rest = text.slice(i);
    const space = /^(\s+|\/\/[^\n]*|#[^\n]*|\/\*[\s\S]*?\*\/)/.exec(rest);
    if (space) {
      i += space[0].length;
      continue;
    }
    if (rest.startsWith('"')) {
      let value = '';
      let j = 1;
      for (;;) {
        if (j >= rest.length) throw new Error(`a quoted string is not closed at ${i}`);
        const c = rest[j]!;
        if (c === '"') break;
        const pair = rest.slice(j, j + 2);
        // \" is a quote; \\ stays a pair, for the label's escapes; a backslash before a line break continues the line.
        const escape = ({ '\\"': '"', '\\\\': '\\\\', '\\\n': '' } as Record<string, string>)[pair];
        value += escape ?? c;
        j += escape === undefined ? 1 : 2;
      }
      found.push(`"${value}`); // marked as a quoted ID: its text follows the mark
      i += j + 1;
      continue;
    }
    const word = /^(->|--|[{}[\];,=:]|[A-Za-z_\u0080-\uffff][\w\u0080-\uffff]*|-?(\.\d+|\d+(\.\d*)?))/.exec(rest);
    if (!word) throw new Error(`unexpected ${JSON.stringify(rest.slice(0, 20))} at ${i}`);
    found.push(word[0]);
    i += word[0].length;
  }
  return found;
}

function readDot(text: string): Dot {
  const list = tokens(text);
  let at = 0;
  const peek = () => list[at];
  const next = () => {
    const token = list[at++];
    if (token === undefined) throw new Error('the file ends too soon');
    return token;
  };
  const expectToken = (token: string) => {
    const got = next();
    if (got !== token) throw new Error(`expected ${token}, found ${got}`);
  };
  const isId = (token: string | undefined) => token !== undefined && (token.startsWith('"') || /^[A-Za-z_\u0080-\uffff\d.-]/.test(token)) && token !== '->' && token !== '--';
  const id = () => {
    const token = next();
    if (!isId(token)) throw new Error(`expected an ID, found ${token}`);
    return token.startsWith('"') ? token.slice(1) : token;
  };
  const attributeList = () => {
    const attributes: Record<string, string> = {};
    while (peek() === '[') {
      next();
      while (peek() !== ']') {
        const name = id();
        expectToken('=');
        attributes[name] = id();
        if (peek() === ',' || peek() === ';') next();
      }
      next();
    }
    return attributes;
  };
  const dot: Dot = { strict: false, directed: false, name: '', graph: {}, nodeDefaults: {}, nodes: new Map(), edges: [] };
  if (peek()?.toLowerCase() === 'strict') {
    dot.strict = true;
    next();
  }
  const kind = next().toLowerCase();
  if (kind !== 'digraph' && kind !== 'graph') throw new Error(`a DOT file starts with graph or digraph, not ${kind}`);
  dot.directed = kind === 'digraph';
  if (peek() !== '{') dot.name = id();
  expectToken('{');
  while (peek() !== '}') {
    const first = peek()!;
    if (['graph', 'node', 'edge'].includes(first.toLowerCase())) {
      next();
      const attributes = attributeList();
      if (first.toLowerCase() === 'graph') Object.assign(dot.graph, attributes);
      if (first.toLowerCase() === 'node') Object.assign(dot.nodeDefaults, attributes);
    } else {
      const ends = [id()];
      while (peek() === '->' || peek() === '--') {
        if ((next() === '->') !== dot.directed) throw new Error('an edge operator that does not match the graph kind');
        ends.push(id());
      }
      if (peek() === '=') {
        next();
        dot.graph[ends[0]!] = id();
      } else {
        const attributes = attributeList();
        if (ends.length === 1) dot.nodes.set(ends[0]!, { ...dot.nodes.get(ends[0]!), ...attributes });
        for (let k = 1; k < ends.length; k++) dot.edges.push({ from: ends[k - 1]!, to: ends[k]!, attributes });
      }
    }
    if (peek() === ';') next();
  }
  expectToken('}');
  if (at !== list.length) throw new Error('text after the graph');
  return dot;
}

/** What Graphviz draws for a label (an escape string); placeholders such as \N must not be there. */
function labelShown(raw: string): string {
  return raw.replace(/\\(.)/g, (_, c: string) => {
    if (c === 'n' || c === 'l' || c === 'r') return '\n';
    if (c === '\\') return '\\';
    throw new Error(`the label has the escape \\${c}, which Graphviz would replace: ${raw}`);
  });
}

/** As Graphviz shows it: every kind of line end is one line break. */
const shownAs = (text: string) => text.replace(/\r\n|[\r\n\u0085\u2028\u2029]/g, '\n');

const HOSTILE_LABELS = [
  'She said "no" to the \\"plan\\"',
  'A path C:\\prisons\\new and a trailing backslash \\',
  'Two lines\nand a \r\n Windows line, \r an old Mac one, \u2028 a separator',
  'Braces } ] ; -> -- and = signs, a // comment and a /* block */',
  '<b>not HTML</b> & <table>',
  'Escapes Graphviz knows: \\N \\G \\E \\T \\H \\L \\l \\n',
  '"',
  '漢字 and 🙂 and a\u200bzero-width space',
];

function hostileMap(): Dataset {
  const dataset = smallMap();
  dataset.factors.forEach((f, i) => (f.label = HOSTILE_LABELS[i % HOSTILE_LABELS.length]!));
  dataset.interventions[0]!.label = HOSTILE_LABELS[1]!;
  dataset.meta.title = 'A "hostile" map \\ with\nline breaks';
  const parsed = parseDataset(dataset);
  if (!parsed.ok) throw new Error(`the hostile fixture does not validate: ${JSON.stringify(parsed.issues.slice(0, 3))}`);
  return parsed.dataset;
}

function bundledDataset(): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync(resolve(__dirname, '../../../data/reoffending-map.json'), 'utf8')));
  if (!parsed.ok) throw new Error('data/reoffending-map.json is not valid: run npm run validate');
  return parsed.dataset;
}

async function exportedDot(dataset: Dataset) {
  const files = await exportDataset(dataset, 'dot');
  expect(files).toHaveLength(1);
  const [file] = files;
  expect(file!.name).toMatch(/\.dot$/);
  expect(file!.mimeType).toBe('text/vnd.graphviz');
  return readDot(String(file!.content));
}

describe('a researcher exports the map to DOT and opens it in Graphviz', () => {
  for (const [name, dataset] of [
    ['the bundled map', bundledDataset()],
    ['a map with hostile labels', hostileMap()],
  ] as const) {
    it(`${name}: a digraph a DOT reader parses, with every factor and intervention labelled as written`, async () => {
      const dot = await exportedDot(dataset);
      expect(dot.directed).toBe(true);
      expect(labelShown(dot.graph.label!)).toBe(shownAs(dataset.meta.title));
      const nodes = [...dataset.factors, ...dataset.interventions];
      expect([...dot.nodes.keys()].sort()).toEqual(nodes.map((n) => n.id).sort());
      for (const node of nodes) expect(labelShown(dot.nodes.get(node.id)!.label!), node.id).toBe(shownAs(node.label));
    });

    it(`${name}: interventions are drawn apart from factors`, async () => {
      const dot = await exportedDot(dataset);
      // Graphviz draws a node with no shape as an ellipse.
      const shapeOf = (id: string) => dot.nodes.get(id)!.shape ?? dot.nodeDefaults.shape ?? 'ellipse';
      const interventionShapes = new Set(dataset.interventions.map((i) => shapeOf(i.id)));
      const factorShapes = new Set(dataset.factors.map((f) => shapeOf(f.id)));
      expect(interventionShapes.size).toBe(1);
      expect(factorShapes.has([...interventionShapes][0]!)).toBe(false);
    });

    it(`${name}: each link is an edge showing its polarity, each target one showing its effect`, async () => {
      const dot = await exportedDot(dataset);
      const shown = dot.edges.map((e) => `${e.from} ${e.to} ${e.attributes.label} ${e.attributes.style}`);
      const links = dataset.links.map((l) => `${l.from} ${l.to} ${l.polarity} ${l.polarity === '+' ? 'solid' : 'dashed'}`);
      const targets = dataset.interventions.flatMap((i) => i.targets.map((t) => `${i.id} ${t.factor} ${t.effect} dotted`));
      expect(shown.sort()).toEqual([...links, ...targets].sort());
    });
  }

  it('the reader is strict enough to catch a wrongly quoted label', () => {
    expect(() => readDot('digraph { "a" [label="say "no""]; }')).toThrow();
    expect(() => labelShown('a \\N b')).toThrow();
  });
});
