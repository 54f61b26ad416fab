import { plural, EVIDENCE_LEVELS, type Dataset } from '../../model';
import { impactOf } from '../../analysis';
import type { LegendSample } from '../Export/legendSamples';
import { IMPACT_CHART_CLASS } from './ImpactCostChart';
import { IMPACT_KEY_CLASS, evidenceKeyWords, impactKeyWords } from './ImpactCostKey';
import { IMPACT_ROWS } from './chartLayout';

export interface ImpactChartExport {
  svg: SVGSVGElement;
  legend: LegendSample[];
  /** What the picture is, said first under the export's title. */
  description: string[];
}

/**
 * The impact-against-cost picture on the page, ready for the same exporter as the map (snapshotSvg):
 * its legend holds one row per impact rating and evidence level among the interventions shown,
 * each drawn with the key's own sample, so the export's legend matches the picture.
 */
export function impactChartForExport(dataset: Dataset, shown: ReadonlySet<string>): ImpactChartExport | null {
  const svg = document.querySelector<SVGSVGElement>(`svg.${IMPACT_CHART_CLASS}`);
  if (!svg) return null;
  const interventions = dataset.interventions.filter((i) => shown.has(i.id));
  const impacts = new Set(interventions.map((i) => impactOf(i).level));
  const strengths = new Set(interventions.map((i) => i.evidence.strength));
  const sample = (key: string) => document.querySelector(`.${IMPACT_KEY_CLASS} [data-key-sample="${key}"]`);
  const legend: LegendSample[] = [];
  for (const level of IMPACT_ROWS) {
    const element = impacts.has(level) ? sample(`impact-${level}`) : null;
    if (element) legend.push({ label: impactKeyWords(level), sample: element });
  }
  for (const level of [...EVIDENCE_LEVELS].reverse()) {
    const element = strengths.has(level) ? sample(`evidence-${level}`) : null;
    if (element) legend.push({ label: evidenceKeyWords(level), sample: element });
  }
  return {
    svg,
    legend,
    description: [
      `Impact on reoffending against cost per participant, ${plural(interventions.length, 'intervention')}: above the line fewer people reoffend, below it more; mark size is evidence strength.`,
    ],
  };
}
