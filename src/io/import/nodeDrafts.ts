import type { Attributes, GraphTable } from '../formats/graphTable';
import type { ImportContext } from './importContext';
import { textOf } from './importText';
import { labelOf, noteIfCut } from './recordFields';

/** Element types that name something done to the system rather than a part of it. */
const INTERVENTION_TYPE = /\b(interventions?|programmes?|programs?|polic(y|ies)|services?|initiatives?|projects?|schemes?|levers?|solutions?)\b/i;

export interface NodeDraft {
  key: string;
  id: string;
  label: string;
  kind: 'factor' | 'intervention';
  attributes: Attributes;
  where: string;
}

export function looksLikeIntervention(attributes: Attributes): boolean {
  const type = textOf(attributes['element type'] ?? attributes.type);
  return attributes['intervention type'] !== undefined || (type !== undefined && INTERVENTION_TYPE.test(type));
}

/**
 * Gives each node of the file its id, label and kind. An element whose type reads as an
 * intervention becomes one only if it points at a factor: an intervention must target something.
 */
export function draftNodes(table: GraphTable, ctx: ImportContext): Map<string, NodeDraft> {
  const drafts = new Map<string, NodeDraft>();
  table.nodes.forEach((node, index) => {
    const label = labelOf(node.attributes, node.key);
    const where = `${node.where ?? `node ${index + 1}`} "${label}"`;
    if (drafts.has(node.key)) {
      ctx.report.notMapped.push({ where, message: `its key "${node.key}" repeats an earlier node's; it was left out.` });
      return;
    }
    const ownLabel = textOf(node.attributes.label);
    if (ownLabel === undefined) ctx.report.assumed.push(`${where} has no label: its key was used as its label.`);
    noteIfCut(ctx, where, 'label', ownLabel ?? node.key, 160);
    const id = ctx.nodeIds(node.attributes.id, label, 'element');
    const kind = looksLikeIntervention(node.attributes) ? 'intervention' : 'factor';
    drafts.set(node.key, { key: node.key, id, label, kind, attributes: node.attributes, where });
  });
  demoteTargetless(table, drafts, ctx);
  return drafts;
}

function demoteTargetless(table: GraphTable, drafts: Map<string, NodeDraft>, ctx: ImportContext): void {
  const isFactor = (key: string) => drafts.get(key)?.kind === 'factor';
  const targets = new Set<string>();
  for (const edge of table.edges) {
    if (isFactor(edge.to)) targets.add(edge.from);
    if (edge.direction !== 'directed' && isFactor(edge.from)) targets.add(edge.to);
  }
  for (const draft of drafts.values()) {
    if (draft.kind === 'intervention' && !targets.has(draft.key)) {
      draft.kind = 'factor';
      ctx.report.assumed.push(`${draft.where} reads as an intervention but acts on no factor: it was imported as a factor.`);
    }
  }
}
