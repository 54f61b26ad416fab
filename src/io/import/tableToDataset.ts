import { COORDINATE_LIMIT, parseDataset, type Dataset, type Factor, type Link } from '../../model';
import type { GraphTable } from '../formats/graphTable';
import { buildFactor, buildIntervention } from './buildNodes';
import { createImportContext, type ImportContext } from './importContext';
import { emptyReport, type ImportOutcome } from './importReport';
import { mapEdges } from './mapEdges';
import { mapLoops } from './mapLoops';
import { draftNodes } from './nodeDrafts';
import { dropUnplacedExtras } from './dropUnplacedExtras';
import { counted, type ImportProgress } from './importLimits';
import { plural } from '../../model/plural';

export interface ImportOptions {
  /** Today's date (YYYY-MM-DD) for the new dataset's `updated` and changelog; defaults to now. */
  today?: string;
  /** Told how far reading and mapping have got ("Reading connections: 240,000 rows"). */
  onProgress?: ImportProgress;
}

const OUTCOME_WORDS = /\b(reoffend\w*|re-offend\w*|outcomes?)\b/i;

/** The carried outcome if it survived; else a factor named as an outcome; else the most caused-upon. */
function chooseOutcome(factors: Factor[], links: Link[], ctx: ImportContext): string | undefined {
  const carried = ctx.carried.meta?.outcome;
  if (carried && factors.some((f) => f.id === carried)) return carried;
  const incoming = new Map<string, number>();
  for (const link of links) incoming.set(link.to, (incoming.get(link.to) ?? 0) + 1);
  const byIncoming = [...factors].sort((a, b) => (incoming.get(b.id) ?? 0) - (incoming.get(a.id) ?? 0));
  const named = byIncoming.find((f) => OUTCOME_WORDS.test(f.label) || OUTCOME_WORDS.test(f.domain));
  const chosen = named ?? byIncoming[0];
  if (chosen) ctx.report.assumed.push(`The outcome (what paths and what-if lead to) is "${chosen.label}", ${named ? 'the factor named as an outcome that most links lead into' : 'the factor most links lead into'}: change meta.outcome if another is meant.`);
  return chosen?.id;
}

function buildMeta(ctx: ImportContext, outcome: string | undefined): Dataset['meta'] {
  const carried = ctx.carried.meta;
  if (carried) return { ...carried, outcome: outcome ?? carried.outcome };
  const { table, today, title } = ctx;
  const from = `Imported from ${table.fileName} (${table.format}) on ${today}.`;
  return {
    title,
    version: '0.1.0',
    updated: today,
    description: table.description ? `${table.description}\n\n${from}` : from,
    licence: `Not stated in ${table.fileName}: check the authors' licence before publishing.`,
    citeAs: `${title}, imported from ${table.fileName}.`,
    jurisdiction: `Not stated in ${table.fileName}.`,
    changelog: [{ version: '0.1.0', date: today, changes: from }],
    outcome: outcome ?? '',
  };
}

/**
 * Turns a table read from any format into a dataset, then checks it with parseDataset: an import
 * that would not be valid changes nothing and says where each problem lies.
 */
function unreadableTable(table: GraphTable, where: string): ImportOutcome {
  const report = emptyReport(table.format, table.fileName);
  report.notMapped.push(...table.notes);
  const expected = `at least one element (node) with a label; ${table.fileName} has none that could be read`;
  return { ok: false, message: `${table.fileName} has no elements to import. Nothing was changed.`, issues: [{ record: where, field: '', expected }], report };
}

export function tableToDataset(table: GraphTable, options: ImportOptions = {}): ImportOutcome {
  if (table.nodes.length === 0) {
    const where = table.notes[0]?.where ?? table.fileName;
    return unreadableTable(table, where);
  }
  const today = options.today ?? new Date().toISOString().slice(0, 10);
  const report = emptyReport(table.format, table.fileName);
  report.notMapped.push(...table.notes.map((note) => ({ where: note.where, message: note.message })));
  report.assumed.push(...table.assumed);
  options.onProgress?.(`Mapping ${counted(table.nodes.length, 'element')} and ${counted(table.edges.length, 'connection')}`);
  const ctx = createImportContext(table, report, today);
  const drafts = draftNodes(table, ctx);
  const edges = mapEdges(table, drafts, ctx);
  const nodes = [...drafts.values()];
  const factors = nodes.filter((d) => d.kind === 'factor').map((d) => buildFactor(d, ctx));
  const interventions = nodes.filter((d) => d.kind === 'intervention').map((d) => buildIntervention(d, edges.targets.get(d.key) ?? [], ctx));
  // A file with loops of its own (Kumu) is read for them; GEXF and GraphML exports carry ours in the context.
  const loops = table.loops.length > 0 || !ctx.carried.loops ? mapLoops(table, edges.linksOfEdge, ctx) : ctx.carried.loops;
  const positions: NonNullable<Dataset['positions']> = {};
  for (const [key, point] of table.positions) {
    const draft = drafts.get(key);
    if (!draft) continue;
    if (Math.abs(point.x) > COORDINATE_LIMIT || Math.abs(point.y) > COORDINATE_LIMIT) {
      report.notMapped.push({ where: `position of "${key}"`, message: `(${point.x}, ${point.y}) lies beyond ±${COORDINATE_LIMIT.toLocaleString('en-GB')} layout units; left out, so the map places it.` });
      continue;
    }
    positions[draft.id] = { x: point.x, y: point.y };
  }
  const outcome = chooseOutcome(factors, edges.links, ctx);
  const meta = buildMeta(ctx, outcome);
  const cited = new Set<string>();
  const cite = (list: { source: string }[] | undefined) => list?.forEach((c) => typeof c?.source === 'string' && cited.add(c.source));
  factors.forEach((f) => cite(f.citations));
  edges.links.forEach((l) => cite(l.citations));
  // An intervention's cost and value-for-money figures cite sources of their own, as stakes do.
  interventions.forEach((i) => cite([...i.evidence.citations, ...(i.cost ? [i.cost.citation] : []), ...(i.valueForMoney ?? []).map((v) => v.citation)]));
  const stakes = ctx.carried.stakes;
  stakes?.forEach((s) => cite(s ? [s.citation] : undefined));
  const gaps = ctx.carried.gaps ?? [];
  gaps.forEach((g) => cite(g?.citations));
  const candidate: Dataset = {
    ...(ctx.carried.$schema === undefined ? {} : { $schema: ctx.carried.$schema }),
    meta,
    vocabularies: { domains: ctx.domains.list(), stages: ctx.stages.list(), interventionTypes: ctx.interventionTypes.list() },
    sources: ctx.sources(cited),
    factors,
    links: edges.links,
    interventions,
    gaps,
    ...(loops.length > 0 || table.loops.length > 0 || ctx.carried.loops ? { loops } : {}),
    ...(stakes ? { stakes } : {}),
    ...(Object.keys(positions).length > 0 ? { positions } : {}),
  };
  report.mapped.push(
    `${plural(table.nodes.length, 'node')} became ${plural(factors.length, 'factor')} and ${plural(interventions.length, 'intervention')}.`,
    `${plural(table.edges.length, 'connection')} became ${plural(edges.links.length, 'link')} and ${plural([...edges.targets.values()].reduce((n, t) => n + t.length, 0), 'intervention target')}.`,
    `${plural(loops.length, 'named loop')} kept${table.loops.length > 0 ? ` of ${table.loops.length}` : ''}; ${plural(Object.keys(positions).length, 'position')} kept.`,
  );
  options.onProgress?.('Checking the imported dataset');
  let parsed = parseDataset(candidate);
  if (!parsed.ok && dropUnplacedExtras(candidate, parsed.issues, report)) parsed = parseDataset(candidate);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return { ok: false, message: `${table.fileName} did not make a valid dataset: ${plural(n, 'problem')} found. Nothing was changed.`, issues: parsed.issues, report };
  }
  return { ok: true, dataset: parsed.dataset, report };
}
