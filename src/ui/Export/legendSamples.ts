import { impactOf } from '../../analysis';
import { EVIDENCE_SCALE, type Dataset, type Intervention } from '../../model';
import { mapGraphOf } from '../../store';
import { markExtent, type MarkBox } from '../../map/markExtent';
import { PIP_COUNT } from '../../map/nodeAppearance';

/** Harm or no clear effect: the map crosses or strikes these out and drops their evidence pips. */
const cautioned = (i: Intervention) => ['harmful', 'no-clear-effect'].includes(impactOf(i).level);
const CAUTION_LABELS: Record<string, string> = {
  harmful: 'Impact: harmful, more people reoffend (crossed out)',
  'no-clear-effect': 'Impact: no clear effect on reoffending (struck through)',
};

/** One legend row of an export: a mark as the map draws it, and what it means. */
export interface LegendSample {
  label: string;
  /** The live node whose mark stands for this entry, or a line style for links. */
  sample: Element | LinkSample | 'money-halo';
  /**
   * The box about its centre that the sample's mark fills, from the geometry it was drawn with
   * (nodeGeometry.ts): a map drawn off the page cannot be measured. Without one the sample is on
   * the page (the impact chart's key) and is measured there.
   */
  extent?: MarkBox;
}

export type LinkSample = 'link-positive' | 'link-negative' | 'link-inferred';

/** Said as the map's grants key says it, so the export and the screen use the same words. */
export const MONEY_HALO_LABEL = 'Gold halo: your confirmed grants reach it (the more money, the bigger)';

/**
 * The legend for exactly what a view shows: one row per domain, intervention type, evidence
 * level and harm or no clear effect present among the shown nodes, each drawn with a real node's
 * own mark (so the legend always matches the map, whatever palette or glyphs it uses), and the
 * link styles.
 */
export function legendSamples(dataset: Dataset, mapSvg: SVGSVGElement, shown: ReadonlySet<string>): LegendSample[] {
  const elements = new Map(Array.from(mapSvg.querySelectorAll('[data-id]'), (element) => [element.getAttribute('data-id'), element]));
  const nodes = new Map(mapGraphOf(dataset).nodes.map((node) => [node.id, node]));
  const samples: LegendSample[] = [];
  // A node drawn at full strength stands for its kind where there is one (a dimmed one looks paler).
  const firstOf = <T extends { id: string }>(items: readonly T[], key: (item: T) => string, label: (value: string) => string) => {
    const chosen = new Map<string, { id: string; element: Element }>();
    for (const item of items) {
      const element = shown.has(item.id) ? elements.get(item.id) : undefined;
      if (!element) continue;
      const value = key(item);
      const current = chosen.get(value)?.element;
      if (!current || (current.hasAttribute('data-dimmed') && !element.hasAttribute('data-dimmed'))) chosen.set(value, { id: item.id, element });
    }
    for (const [value, { id, element }] of chosen) {
      const node = nodes.get(id);
      samples.push({ label: label(value), sample: element, extent: node && markExtent(node, { outcome: id === dataset.meta.outcome, pipCount: PIP_COUNT }) });
    }
  };
  const vocabLabel = (list: ReadonlyArray<{ id: string; label: string }>) => (id: string) => list.find((e) => e.id === id)?.label ?? id;
  firstOf(dataset.factors, (f) => f.domain, (d) => `Factor, ${vocabLabel(dataset.vocabularies.domains)(d)}`);
  firstOf(dataset.interventions, (i) => i.type, (t) => `Intervention, ${vocabLabel(dataset.vocabularies.interventionTypes)(t)}`);
  // Evidence pips are sampled from interventions that wear them; harm and no effect get rows of their own.
  firstOf(dataset.interventions.filter((i) => !cautioned(i)), (i) => i.evidence.strength, (level) => `Evidence: ${EVIDENCE_SCALE[level as keyof typeof EVIDENCE_SCALE].label.toLowerCase()}`);
  firstOf(dataset.interventions.filter(cautioned), (i) => impactOf(i).level, (level) => CAUTION_LABELS[level] ?? level);
  // The portfolio overlay's halo, when any shown node wears one (the grants key is not in the export).
  const haloed = Array.from(mapSvg.querySelectorAll('circle.map-money')).some((ring) => shown.has(ring.closest('[data-id]')?.getAttribute('data-id') ?? ''));
  if (haloed) samples.push({ label: MONEY_HALO_LABEL, sample: 'money-halo' });
  samples.push(
    { label: 'Link: more leads to more (+)', sample: 'link-positive' },
    { label: 'Link: more leads to less (−)', sample: 'link-negative' },
    { label: 'Link inferred by the map’s authors (paler, dotted)', sample: 'link-inferred' },
  );
  return samples;
}
