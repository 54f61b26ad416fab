import { EVIDENCE_LEVELS, FUNDING_SCALES, type Factor, type Intervention, type Target } from '../../model';
import type { ImportContext } from './importContext';
import { jsonValueOf, listOf, longTextOf, textOf } from './importText';
import type { NodeDraft } from './nodeDrafts';
import { readExtraFields, RECORD_KINDS } from '../recordExtras';
import { citationsFrom, describe, NODE_FIELDS, noteIfCut, ownDescription, unknownAttributes } from './recordFields';

/** Schema fields with no named attribute (see recordExtras), read from the node's attributes. */
function extrasOf(draft: NodeDraft, collection: 'factors' | 'interventions') {
  const own = readExtraFields(draft.attributes, collection === 'factors' ? RECORD_KINDS.factor : RECORD_KINDS.intervention);
  const evidence = collection === 'interventions' ? readExtraFields(draft.attributes, RECORD_KINDS.evidence) : { fields: {}, used: new Set<string>() };
  return { fields: own.fields, evidenceFields: evidence.fields, known: new Set([...NODE_FIELDS, ...own.used, ...evidence.used]) };
}

function commonFields(draft: NodeDraft, ctx: ImportContext, collection: 'factors' | 'interventions') {
  const file = ctx.table.fileName;
  const extras = extrasOf(draft, collection);
  const unknown = unknownAttributes(draft.attributes, extras.known);
  if (Object.keys(unknown).length > 0) ctx.report.unknownAttributes[collection][draft.id] = unknown;
  const own = ownDescription(draft.attributes);
  noteIfCut(ctx, draft.where, 'description', own, 4000);
  const description = describe(own ?? `"${draft.label}", an element of ${file}, which gives no description.`, unknown, file);
  return { own, description, extras };
}

/** A factor's domain is its `domain`, else its element type (Kumu's nearest idea); its stage its `stage`. */
export function buildFactor(draft: NodeDraft, ctx: ImportContext): Factor {
  const { own, description, extras } = commonFields(draft, ctx, 'factors');
  const a = draft.attributes;
  return {
    ...extras.fields,
    id: draft.id,
    label: draft.label,
    domain: ctx.domains.use(textOf(a.domain) ?? textOf(a['element type'] ?? a.type)),
    stage: ctx.stages.use(textOf(a.stage) ?? listOf(a.stages)[0]),
    description,
    citations: citationsFrom(a.citations, own ?? draft.label, ctx),
  };
}

/**
 * An intervention from a file that rates nothing gets the lowest rung of the evidence scale,
 * `testimony` (a map's authors' view is a practitioner view), with a summary that says so.
 */
export function buildIntervention(draft: NodeDraft, targets: Target[], ctx: ImportContext): Intervention {
  const { own, description, extras } = commonFields(draft, ctx, 'interventions');
  const a = draft.attributes;
  const strength = EVIDENCE_LEVELS.find((level) => level === textOf(a['evidence strength'])) ?? 'testimony';
  const summary = longTextOf(a['evidence summary']);
  const stages = listOf(a.stages ?? a.stage).map((stage) => ctx.stages.use(stage));
  const scale = FUNDING_SCALES.find((s) => s === textOf(a.scale));
  const examples = jsonValueOf(a.examples);
  const typeName = textOf(a['intervention type']) ?? textOf(a['element type'] ?? a.type);
  return {
    ...extras.fields,
    id: draft.id,
    label: draft.label,
    type: ctx.interventionTypes.use(typeName),
    domain: ctx.domains.use(textOf(a.domain)),
    stages: stages.length > 0 ? [...new Set(stages)] : [ctx.stages.use(undefined)],
    description,
    targets,
    evidence: {
      ...extras.evidenceFields,
      strength,
      summary: summary ?? `Not rated: ${ctx.table.fileName} gives no evidence for this intervention. Rate it before relying on it.`,
      citations: citationsFrom(a['evidence citations'], own ?? draft.label, ctx),
    },
    ...(scale ? { scale } : {}),
    ...(Array.isArray(examples) ? { examples: examples as Intervention['examples'] } : {}),
  };
}
