import { useState } from 'react';
import { costFilterValue, impactOf, isFiltering } from '../../analysis';
import { FUNDING_SCALES, FUNDING_SCALE_LABELS, type Dataset } from '../../model';
import { COST_OPTIONS, IMPACT_OPTIONS } from './impactCostOptions';
import { reachOf, useViewStore, useVisibility, type ViewStore } from '../../store';
import { EvidenceSelect } from './EvidenceSelect';
import { MultiSelect } from './MultiSelect';
import { facetCounts } from './facetCounts';

const selectFilter = (s: ViewStore) => s.filter;
const REACH_HINT = {
  domain: 'Interventions count here by reach: their own domain, or the domain of any factor they act on.',
  stage: 'Interventions count here by reach: their own stages, or the stage of any factor they act on.',
};

/** The funder's lens: narrow the map by intervention type, evidence, domain, stage, scale, impact and cost. */
export function FilterBar({ dataset }: { dataset: Dataset }) {
  const filter = useViewStore(selectFilter);
  // Actions never change, so reading them once does not tie this bar to every store update (hover).
  const actions = useViewStore.getState();
  const visible = useVisibility(dataset);
  const { interventions, factors, vocabularies } = dataset;
  const reach = reachOf(dataset);
  const typeCounts = facetCounts(interventions, reach, filter, 'types', (i) => [i.type]);
  // Domains and stages count interventions by reach: their own, or that of a factor they act on.
  const domainCounts = facetCounts(interventions, reach, filter, 'domains', (_i, r) => r.domains);
  const stageCounts = facetCounts(interventions, reach, filter, 'stages', (_i, r) => r.stages);
  const scaleCounts = facetCounts(interventions, reach, filter, 'scales', (i) => (i.scale ? [i.scale] : []));
  const impactCounts = facetCounts(interventions, reach, filter, 'impacts', (i) => [impactOf(i).level]);
  const costCounts = facetCounts(interventions, reach, filter, 'costs', (i) => [costFilterValue(i)]);
  const anyScale = interventions.some((i) => i.scale !== undefined);
  // Like scale, impact and cost are offered only where they can narrow something (a map from
  // elsewhere has neither), or where a link already filters by them, so the filter can be cleared.
  const anyImpact = (filter.impacts?.length ?? 0) > 0 || interventions.some((i) => impactOf(i).level !== 'not-known');
  const anyCost = (filter.costs?.length ?? 0) > 0 || interventions.some((i) => i.cost !== undefined);
  // On a phone the controls fold away behind one button; on a wide screen they are always out.
  const [open, setOpen] = useState(false);
  const active = [filter.types.length, filter.domains.length, filter.stages.length, filter.scales.length, filter.impacts?.length ?? 0, filter.costs?.length ?? 0].reduce((a, b) => a + b, 0) + (filter.minEvidence ? 1 : 0) + (filter.onlyReached ? 1 : 0);
  const options = (list: ReadonlyArray<{ id: string; label: string; description: string }>, counts: Map<string, number>) =>
    list.map((v) => ({ ...v, count: counts.get(v.id) ?? 0 }));

  return (
    <section className={`filter-bar${open ? ' is-open' : ''}`} aria-label="Filters">
      <button type="button" className="filter-disclosure" aria-expanded={open} onClick={() => setOpen(!open)}>
        Filters{active > 0 ? ` (${active} on)` : ''}
      </button>
      <div className="filter-controls">
      <MultiSelect label="Intervention type" options={options(vocabularies.interventionTypes, typeCounts)} selected={filter.types} onToggle={actions.toggleType} />
      <EvidenceSelect interventions={interventions} reach={reach} filter={filter} onChange={actions.setMinEvidence} />
      <MultiSelect label="Domain" options={options(vocabularies.domains, domainCounts)} selected={filter.domains} onToggle={actions.toggleDomain} hint={REACH_HINT.domain} />
      <MultiSelect label="Stage" options={options(vocabularies.stages, stageCounts)} selected={filter.stages} onToggle={actions.toggleStage} hint={REACH_HINT.stage} />
      {anyScale && (
        <MultiSelect
          label="Funding scale"
          options={FUNDING_SCALES.map((s) => ({ id: s, label: FUNDING_SCALE_LABELS[s], count: scaleCounts.get(s) ?? 0 }))}
          selected={filter.scales}
          onToggle={(id) => actions.toggleScale(id as (typeof FUNDING_SCALES)[number])}
        />
      )}
      {anyImpact && <MultiSelect label="Impact" options={options(IMPACT_OPTIONS, impactCounts)} selected={filter.impacts ?? []} onToggle={(id) => actions.toggleImpact(id as (typeof IMPACT_OPTIONS)[number]['id'])} hint="Which way and how much reoffending changes, by the written rule; apart from how sure the evidence is." />}
      {anyCost && <MultiSelect label="Cost" options={options(COST_OPTIONS, costCounts)} selected={filter.costs ?? []} onToggle={(id) => actions.toggleCost(id as (typeof COST_OPTIONS)[number]['id'])} hint="Cost per participant in pounds, where a source reports it." />}
      <label className="filter-toggle">
        <input type="checkbox" checked={filter.onlyReached} onChange={(e) => actions.setOnlyReached(e.target.checked)} />
        Only factors these interventions act on
      </label>
      </div>
      <p className="filter-summary" role="status">
        Showing {visible.interventionsShown} of {visible.interventionsTotal} interventions
        {visible.factorsShown !== factors.length && ` and ${visible.factorsShown} of ${visible.factorsTotal} factors`}
      </p>
      {(filter.domains.length > 0 || filter.stages.length > 0) && (
        <p className="filter-reach-note">By reach: an intervention counts in a domain or stage when it, or a factor it acts on, is there.</p>
      )}
      <button type="button" className="clear-filters" onClick={actions.clearFilters} disabled={!isFiltering(filter)}>
        Clear all filters
      </button>
    </section>
  );
}
