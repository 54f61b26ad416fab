import { NO_FILTER, costFilterLabel, isFiltering, type ViewFilter } from '../../analysis';
import {
  COST_FILTER_VALUES,
  EVIDENCE_LEVELS,
  EVIDENCE_SCALE,
  FUNDING_SCALES,
  IMPACT_LEVELS,
  IMPACT_SCALE,
  type CostFilterValue,
  type Dataset,
  type EvidenceLevel,
  type FundingScale,
  type ImpactLevel,
  type VocabularyEntry,
} from '../../model';
import type { CorePiece } from './viewPiece';
import { idList, keepKnown, oneOf, sameList, shown } from './readParams';

/**
 * The filters: `type`, `evidence`, `domain`, `stage`, `scale`, `impact`, `cost` and `only=reached`.
 * One piece, because the map filters by all of them at once (one ViewFilter).
 */
export const filterPiece: CorePiece<'filter'> = {
  field: 'filter',
  params: ['type', 'evidence', 'domain', 'stage', 'scale', 'impact', 'cost', 'only'],
  initial: NO_FILTER,
  write(filter, params) {
    if (filter.types.length) params.set('type', filter.types.join(','));
    if (filter.minEvidence) params.set('evidence', filter.minEvidence);
    if (filter.domains.length) params.set('domain', filter.domains.join(','));
    if (filter.stages.length) params.set('stage', filter.stages.join(','));
    if (filter.scales.length) params.set('scale', filter.scales.join(','));
    if (filter.impacts?.length) params.set('impact', filter.impacts.join(','));
    if (filter.costs?.length) params.set('cost', filter.costs.join(','));
    if (filter.onlyReached) params.set('only', 'reached');
  },
  read(params, notices) {
    const only = params.get('only');
    if (only && only !== 'reached') notices.push(`Ignored only=${shown(only)}: expected "reached".`);
    const filter: ViewFilter = {
      types: idList(params.get('type'), 'type', notices),
      minEvidence: oneOf<EvidenceLevel>(params.get('evidence'), EVIDENCE_LEVELS, 'evidence', notices),
      domains: idList(params.get('domain'), 'domain', notices),
      stages: idList(params.get('stage'), 'stage', notices),
      scales: idList<FundingScale>(params.get('scale'), 'scale', notices, FUNDING_SCALES),
      onlyReached: only === 'reached',
    };
    // Impact and cost are optional facets: present only when chosen, so older links and states compare equal.
    const impacts = idList<ImpactLevel>(params.get('impact'), 'impact', notices, IMPACT_LEVELS);
    const costs = idList<CostFilterValue>(params.get('cost'), 'cost', notices, COST_FILTER_VALUES);
    if (impacts.length) filter.impacts = impacts;
    if (costs.length) filter.costs = costs;
    return JSON.stringify(filter) === JSON.stringify(NO_FILTER) ? NO_FILTER : filter;
  },
  sanitise(filter, { dataset, notices }) {
    if (filter === NO_FILTER) return filter;
    const vocab = (list: ReadonlyArray<{ id: string }>) => new Set(list.map((v) => v.id));
    const { interventionTypes, domains, stages } = dataset.vocabularies;
    return {
      ...filter,
      types: keepKnown(filter.types, vocab(interventionTypes), 'intervention type', notices),
      domains: keepKnown(filter.domains, vocab(domains), 'domain', notices),
      stages: keepKnown(filter.stages, vocab(stages), 'stage', notices),
      scales: keepScales(filter.scales, dataset, notices),
    };
  },
  describe(filter, dataset) {
    if (!isFiltering(filter)) return { scope: ['Whole map: no filter.'] };
    const { domains, stages, interventionTypes } = dataset.vocabularies;
    const parts: string[] = [];
    if (filter.types.length) parts.push(`intervention type ${labels(interventionTypes, filter.types)}`);
    if (filter.minEvidence) parts.push(`evidence ${EVIDENCE_SCALE[filter.minEvidence].label.toLowerCase()} or stronger`);
    if (filter.domains.length) parts.push(`domain ${labels(domains, filter.domains)}`);
    if (filter.stages.length) parts.push(`stage ${labels(stages, filter.stages)}`);
    if (filter.scales.length) parts.push(`funding scale ${filter.scales.join(', ')}`);
    if (filter.impacts?.length) parts.push(`impact ${filter.impacts.map((level) => IMPACT_SCALE[level].label.toLowerCase()).join(', ')}`);
    if (filter.costs?.length) parts.push(`cost ${filter.costs.map((value) => costFilterLabel(value).toLowerCase()).join(', ')}`);
    if (filter.onlyReached) parts.push('only the factors these interventions act on');
    return { scope: [`Filtered view: ${parts.join('; ')}.`] };
  },
  // Filters are announced by the filter bar's own count ("Showing 1 of 3 …"); the impact and cost
  // filters also say what they now keep, since they decide what a funder avoids.
  announce(before, after) {
    const messages: string[] = [];
    const impacts = after.impacts ?? [];
    if (!sameList(impacts, before.impacts ?? [])) {
      messages.push(impacts.length ? `Impact filter: showing ${impacts.map((level) => IMPACT_SCALE[level].label.toLowerCase()).join(' or ')}.` : 'Impact filter cleared.');
    }
    const costs = after.costs ?? [];
    if (!sameList(costs, before.costs ?? [])) {
      messages.push(costs.length ? `Cost filter: showing ${costs.map((value) => costFilterLabel(value).replace(/^£+ /, '').toLowerCase()).join(' or ')}.` : 'Cost filter cleared.');
    }
    return messages;
  },
};

function labels(vocabulary: readonly VocabularyEntry[], ids: readonly string[]): string {
  return ids.map((id) => vocabulary.find((entry) => entry.id === id)?.label ?? id).join(', ');
}

/**
 * A funding scale no intervention is tied to would hide every intervention and leave an empty map
 * with no word why (the scale control is not even shown when nothing has a scale): drop it, saying so.
 */
function keepScales(scales: readonly FundingScale[], dataset: Dataset, notices: string[]): FundingScale[] {
  const held = new Set(dataset.interventions.flatMap((i) => (i.scale ? [i.scale] : [])));
  return scales.filter((scale) => {
    if (held.has(scale)) return true;
    notices.push(
      held.size === 0
        ? `Ignored scale=${scale}: no intervention in this dataset is tied to a funding scale (its sources give none), so this filter would hide them all.`
        : `Ignored scale=${scale}: no intervention in this dataset is tied to that funding scale, so this filter would hide them all.`,
    );
    return false;
  });
}
