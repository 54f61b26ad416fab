import type { Link, Target } from '../../model';
import type { GraphTable, TableEdge } from '../formats/graphTable';
import { createIdMaker } from './idMaker';
import type { ImportContext } from './importContext';
import { longTextOf, textOf } from './importText';
import type { NodeDraft } from './nodeDrafts';
import { readPolarity } from './polarity';
import { readExtraFields, RECORD_KINDS } from '../recordExtras';
import { citationsFrom, describe, EDGE_FIELDS, noteIfCut, unknownAttributes } from './recordFields';
import { plural, pluralWord } from '../../model/plural';

export interface MappedEdges {
  links: Link[];
  /** Each intervention's targets, by its node key. */
  targets: Map<string, Target[]>;
  /** The links each edge of the file became (two for a mutual one), for its named loops. */
  linksOfEdge: Map<string, Link[]>;
}

const POLARITY_ATTRIBUTES = ['connection type', 'polarity', 'sign', 'type'];

function polarityOf(edge: TableEdge): { polarity: Link['polarity']; stated: boolean } {
  for (const field of POLARITY_ATTRIBUTES) {
    const polarity = readPolarity(edge.attributes[field]);
    if (polarity) return { polarity, stated: true };
  }
  return { polarity: '+', stated: false };
}

/**
 * Turns the file's connections into links (factor to factor) and targets (intervention to factor).
 * An undirected connection is read from its first end to its second; a mutual one becomes two links.
 */
export function mapEdges(table: GraphTable, drafts: Map<string, NodeDraft>, ctx: ImportContext): MappedEdges {
  const linkIds = createIdMaker();
  const result: MappedEdges = { links: [], targets: new Map(), linksOfEdge: new Map() };
  const counts = { unsigned: 0, undirected: 0, mutual: 0, merged: 0 };
  // One claim, one link (the validator refuses repeats): a connection that repeats another's ends
  // and polarity is merged into the first, its citations kept, so a loop naming either still works.
  const byClaim = new Map<string, Link>();
  const mergeOrAdd = (link: Link): Link => {
    const claim = `${link.from}→${link.to}→${link.polarity}`;
    const first = byClaim.get(claim);
    if (!first) {
      byClaim.set(claim, link);
      result.links.push(link);
      return link;
    }
    counts.merged++;
    const seen = new Set(first.citations.map((c) => JSON.stringify(c)));
    for (const citation of link.citations) if (!seen.has(JSON.stringify(citation))) first.citations.push(citation);
    return first;
  };
  table.edges.forEach((edge, index) => {
    const where = edge.where ?? `connection ${index + 1} "${edge.key}"`;
    const from = drafts.get(edge.from);
    const to = drafts.get(edge.to);
    const skip = (message: string) => ctx.report.notMapped.push({ where, message });
    if (!from || !to) return skip(`it joins "${edge.from}" to "${edge.to}", and ${!from ? `"${edge.from}"` : `"${edge.to}"`} is not a node of the file; it was left out.`);
    if (from.key === to.key) return skip(`it joins "${from.label}" to itself, and a factor cannot cause itself; it was left out.`);
    const { polarity, stated } = polarityOf(edge);
    const oriented = from.kind === 'factor' && to.kind === 'intervention' && edge.direction !== 'directed' ? [to, from] : [from, to];
    const [start, end] = oriented as [NodeDraft, NodeDraft];
    if (start.kind === 'intervention') {
      if (end.kind !== 'factor') return skip(`it joins two interventions ("${start.label}", "${end.label}"); an intervention can only target factors.`);
      const effect = edge.attributes.effect === 'raises' || edge.attributes.effect === 'lowers' ? edge.attributes.effect : polarity === '+' ? 'raises' : 'lowers';
      const list = result.targets.get(start.key) ?? [];
      if (!list.some((t) => t.factor === end.id)) list.push({ ...readExtraFields(edge.attributes, RECORD_KINDS.target).fields, factor: end.id, effect });
      result.targets.set(start.key, list);
      return;
    }
    if (end.kind === 'intervention') return skip(`it runs from the factor "${start.label}" to the intervention "${end.label}"; the dataset has no place for a factor acting on an intervention.`);
    if (!stated) counts.unsigned++;
    if (edge.direction === 'undirected') counts.undirected++;
    if (edge.direction === 'mutual') counts.mutual++;
    const pairs = edge.direction === 'mutual' ? [[start, end], [end, start]] : [[start, end]];
    const made = pairs.map(([a, b]) => mergeOrAdd(makeLink(edge, a as NodeDraft, b as NodeDraft, polarity, stated, ctx, linkIds, where)));
    result.linksOfEdge.set(edge.key, made);
  });
  if (counts.unsigned > 0) ctx.report.assumed.push(`${plural(counts.unsigned, 'connection')} ${pluralWord(counts.unsigned, 'gives', 'give')} no polarity: each was imported as + (more leads to more), said so in its description; check them.`);
  if (counts.undirected > 0) ctx.report.assumed.push(`${plural(counts.undirected, 'connection')} ${pluralWord(counts.undirected, 'is', 'are')} undirected: each was imported as one link from its first end to its second, said so in its description.`);
  if (counts.mutual > 0) ctx.report.assumed.push(`${counts.mutual} mutual ${pluralWord(counts.mutual, 'connection')} became two links each, one each way.`);
  if (counts.merged > 0) ctx.report.assumed.push(`${plural(counts.merged, 'connection')} ${pluralWord(counts.merged, 'repeats', 'repeat')} another with the same ends and polarity: each was merged into the first, its citations kept.`);
  return result;
}

function makeLink(
  edge: TableEdge,
  from: NodeDraft,
  to: NodeDraft,
  polarity: Link['polarity'],
  stated: boolean,
  ctx: ImportContext,
  linkIds: ReturnType<typeof createIdMaker>,
  where: string,
): Link {
  const file = ctx.table.fileName;
  const extras = readExtraFields(edge.attributes, RECORD_KINDS.link);
  const unknown = unknownAttributes(edge.attributes, new Set([...EDGE_FIELDS, ...extras.used]));
  for (const field of POLARITY_ATTRIBUTES) if (readPolarity(unknown[field])) delete unknown[field];
  const notes = [
    stated ? '' : ` ${file} gives no polarity for this connection: + was assumed.`,
    edge.direction === 'undirected' ? ` ${file} draws this connection without a direction: it is read from "${from.label}" to "${to.label}".` : '',
    edge.direction === 'mutual' ? ` ${file} draws this connection both ways.` : '',
  ].join('');
  const own = longTextOf(edge.attributes.description);
  noteIfCut(ctx, where, 'description', own, 4000);
  const fallback = `"${from.label}" leads to "${to.label}" in ${file}.`;
  const description = describe(`${own ?? fallback}${notes}`, unknown, file);
  const label = textOf(edge.attributes.label);
  const id = linkIds(edge.direction === 'mutual' ? undefined : edge.attributes.id, `${from.id}-${to.id}`, 'link');
  if (Object.keys(unknown).length > 0) ctx.report.unknownAttributes.links[id] = unknown;
  const basis = edge.attributes.basis === 'inferred' ? 'inferred' : 'stated';
  return {
    ...extras.fields,
    id,
    from: from.id,
    to: to.id,
    polarity,
    basis,
    description,
    citations: citationsFrom(edge.attributes.citations, own ?? label ?? `${from.label} → ${to.label}`, ctx),
  };
}
