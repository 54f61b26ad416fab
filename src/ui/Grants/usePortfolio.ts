import { useMemo } from 'react';
import type { Dataset } from '../../model';
import { rankByLeverage } from '../../analysis';
import { computePortfolio, type Portfolio, type TaggedGrant } from '../../analysis/grants/portfolio';
import { useViewStore } from '../../store';
import { useFactorAnalysis } from '../../store/hooks/useFactorAnalysis';
import type { GrantTags } from '../../io/grants/tagsFile';
import type { GrantEntry } from './useGrantTaggings';

const NO_LOOPS: never[] = [];
const NO_CENTRALITY: ReadonlyMap<string, number> = new Map();

export interface PortfolioChoice {
  currency: string;
  year: string | null;
  /** One funder's name, or null for every loaded funder together. */
  funder: string | null;
}

/** The confirmed money on the map, beside the leverage view's own figures (fair reach, evidence weight). */
export function usePortfolio(dataset: Dataset, entries: readonly GrantEntry[], tags: GrantTags, choice: PortfolioChoice): Portfolio {
  const analysis = useFactorAnalysis(dataset);
  const leverage = useMemo(
    () => rankByLeverage(dataset, new Set(dataset.interventions.map((i) => i.id)), analysis.loops?.loops ?? NO_LOOPS, analysis.betweenness ?? NO_CENTRALITY, { fair: true }),
    [dataset, analysis.loops, analysis.betweenness],
  );
  const grants = useMemo<TaggedGrant[]>(
    () =>
      entries
        .filter((e) => choice.funder === null || e.grant.funderName === choice.funder)
        .map((e) => ({ ...e.grant, interventions: tags[e.grant.id]?.interventions ?? [] })),
    [entries, tags, choice.funder],
  );
  return useMemo(() => computePortfolio(dataset, grants, leverage, { currency: choice.currency, year: choice.year }), [dataset, grants, leverage, choice.currency, choice.year]);
}

/**
 * The link's portfolio year (`portfolioyear=`) when some loaded grant was awarded then, else all
 * years: a year the files do not hold would count nothing while the year list shows "All years".
 */
export function usePortfolioYear(entries: readonly GrantEntry[]): string | null {
  const year = useViewStore((s) => s.portfolioYear);
  return useMemo(() => (year && entries.some((e) => e.grant.awardDate.startsWith(year)) ? year : null), [year, entries]);
}
