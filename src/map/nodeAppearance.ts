import { IMPACT_PHRASES, impactOf, type MapNode } from '../analysis';
import { EVIDENCE_LEVELS, EVIDENCE_SCALE, type Dataset, type EvidenceLevel } from '../model';
import { indexOf } from '../store';
import { DOMAIN_COLOURS, TYPE_COLOURS, colourFor } from './palette';
import { glyphFor } from './glyphs';
import type { Caution } from './render/cautionMark';

export interface Appearance {
  colour: string;
  glyph: string;
  /** A second round of glyphs wears a ring, so a long vocabulary never repeats an appearance. */
  ringed: boolean;
}

/** A vocabulary entry's colour and glyph, by its place in the vocabulary: extending it extends the appearances. */
export function vocabularyAppearance(palette: readonly string[], ids: readonly string[], id: string): Appearance {
  const { path, ringed } = glyphFor(ids, id);
  return { colour: colourFor(palette, ids, id), glyph: path, ringed };
}

export function domainAppearance(dataset: Dataset, domain: string): Appearance {
  return vocabularyAppearance(DOMAIN_COLOURS, dataset.vocabularies.domains.map((d) => d.id), domain);
}

export function typeAppearance(dataset: Dataset, type: string): Appearance {
  return vocabularyAppearance(TYPE_COLOURS, dataset.vocabularies.interventionTypes.map((t) => t.id), type);
}

/** How a node looks, from the dataset's own vocabularies. */
export function nodeAppearance(dataset: Dataset, node: Pick<MapNode, 'kind' | 'group'>): Appearance {
  return node.kind === 'factor' ? domainAppearance(dataset, node.group) : typeAppearance(dataset, node.group);
}

/** An intervention's evidence level as a count of filled pips: none for testimony, four for strong. */
export function evidencePips(level: EvidenceLevel): number {
  return EVIDENCE_LEVELS.indexOf(level);
}

export const PIP_COUNT = EVIDENCE_LEVELS.length - 1;

export function evidenceOf(dataset: Dataset, id: string): EvidenceLevel | undefined {
  return indexOf(dataset).intervention.get(id)?.evidence.strength;
}

/** Harm or no clear effect on reoffending, for the map's crossed or struck-through mark; nothing otherwise. */
export function cautionOf(dataset: Dataset, id: string): Caution | undefined {
  const intervention = indexOf(dataset).intervention.get(id);
  if (!intervention) return undefined;
  const level = impactOf(intervention).level;
  return level === 'harmful' || level === 'no-clear-effect' ? level : undefined;
}

/** "; impact: harmful, more people reoffend": impact said apart from how sure the evidence is. */
function impactWords(dataset: Dataset, id: string): string {
  const intervention = indexOf(dataset).intervention.get(id);
  return intervention ? `; impact: ${IMPACT_PHRASES[impactOf(intervention).level]}` : '';
}

/** What a node's link count says: links drawn on the map, either direction. */
const linksWord = (n: number) => `${n} link${n === 1 ? '' : 's'}`;

/** The node's accessible name: "Intervention: Peer mentoring, evidence: weak; impact: not known. Peer support. 3 links." */
export function describeNode(dataset: Dataset, node: MapNode): string {
  const index = indexOf(dataset);
  if (node.kind === 'factor') {
    const outcome = node.id === dataset.meta.outcome ? ' The outcome this map explains.' : '';
    return `Factor: ${node.label}. ${index.domain.get(node.group)?.label ?? node.group}.${outcome} ${linksWord(node.degree)}.`;
  }
  const level = evidenceOf(dataset, node.id);
  const evidence = level ? `, evidence: ${EVIDENCE_SCALE[level].label.toLowerCase()}` : '';
  const type = index.interventionType.get(node.group)?.label ?? node.group;
  return `Intervention: ${node.label}${evidence}${impactWords(dataset, node.id)}. ${type}. ${linksWord(node.degree)}.`;
}

/** What the live region says when focus lands on a node: "Fear of recall, factor, 4 links". */
export function announceNode(dataset: Dataset, node: MapNode): string {
  const level = node.kind === 'intervention' ? evidenceOf(dataset, node.id) : undefined;
  const evidence = level ? `, evidence: ${EVIDENCE_SCALE[level].label.toLowerCase()}` : '';
  const outcome = node.id === dataset.meta.outcome ? ', the outcome' : '';
  const impact = node.kind === 'intervention' ? impactWords(dataset, node.id) : '';
  return `${node.label}, ${node.kind}${outcome}${evidence}${impact}, ${linksWord(node.degree)}`;
}
