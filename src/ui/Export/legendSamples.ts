import { impactOf } from '../../analysis';
import { EVIDENCE_SCALE, type Dataset, type Intervention } from '../../model';

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
  const nodeElement = (id: string) => mapSvg.querySelector(`[data-id="${CSS.escape(id)}"]`);
  const samples: LegendSample[] = [];
  // A node drawn at full strength stands for its kind where there is one (a dimmed one looks paler).
  const firstOf = <T extends { id: string }>(items: readonly T[], key: (item: T) => string, label: (value: string) => string) => {
    const chosen = new Map<string, Element>();
    for (const item of items) {
      const element = shown.has(item.id) ? nodeElement(item.id) : null;
      if (!element) continue;
      const value = key(item);
      const current = chosen.get(value);
      if (!current || (current.hasAttribute('data-dimmed') && !element.hasAttribute('data-dimmed'))) chosen.set(value, element);
    }
    for (const [value, element] of chosen) samples.push({ label: label(value), sample: element });
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
