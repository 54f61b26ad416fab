import { useEffect, useMemo } from 'react';
import type { Dataset } from '../../model';
import { currenciesOf } from '../../analysis/grants/portfolio';
import { usePortfolioOverlay, useViewStore, type PortfolioOverlay } from '../../store';
import { formatDay, formatGrantAmount } from './grantFormats';
import { PortfolioKey } from './PortfolioKey';
import { usePortfolio, usePortfolioYear } from './usePortfolio';
import { useGrantEntries, useGrantTags } from './useGrantTaggings';

const setOverlay = (overlay: PortfolioOverlay | null) => usePortfolioOverlay.setState({ overlay });
const selectOnMap = (s: { view: string }) => s.view === 'map';

/**
 * Keeps the map's portfolio overlay (store/portfolioOverlay.ts) in step with the loaded grants and
 * confirmed tags, in the currency most grants use, by the link's year or over all years. Mounted
 * (lazily) only while `portfolio=on`, whichever view is open; on the map it shows the overlay's key.
 */
export function PortfolioOverlayFeed({ dataset }: { dataset: Dataset }) {
  const entries = useGrantEntries(dataset);
  const tags = useGrantTags();
  const year = usePortfolioYear(entries);
  const onMap = useViewStore(selectOnMap);
  const currency = useMemo(() => currenciesOf(entries.map((e) => e.grant))[0] ?? 'GBP', [entries]);
  const portfolio = usePortfolio(dataset, entries, tags, { funder: null, currency, year });
  useEffect(() => {
    if (entries.length === 0) {
      setOverlay(null);
      return;
    }
    const amounts = new Map<string, number>(portfolio.factorMoney);
    for (const row of portfolio.rows) if (row.amount > 0) amounts.set(row.id, row.amount);
    const overlay: PortfolioOverlay = {
      amounts,
      words: new Map([...amounts].map(([id, amount]) => [id, formatGrantAmount(amount, portfolio.currency)])),
      max: Math.max(0, ...amounts.values()),
      funders: portfolio.funders,
      from: portfolio.from && formatDay(portfolio.from),
      to: portfolio.to && formatDay(portfolio.to),
      year,
    };
    setOverlay(overlay);
  }, [entries.length, portfolio, year]);
  useEffect(() => () => setOverlay(null), []);
  return onMap ? <PortfolioKey /> : null;
}
