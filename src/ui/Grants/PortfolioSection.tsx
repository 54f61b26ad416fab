import { useMemo, useState } from 'react';
import type { Dataset } from '../../model';
import { currenciesOf, yearsOf } from '../../analysis/grants/portfolio';
import { portfolioCsv } from '../../io/grants/portfolioCsv';
import { saveFile, fileNameFrom } from '../common/saveFile';
import { formatDay, formatGrantAmount } from './grantFormats';
import { ChoiceSelect } from './ChoiceSelect';
import { FactorsReached } from './FactorsReached';
import { MoneyBreakdown } from './MoneyBreakdown';
import { PortfolioFindings } from './PortfolioFindings';
import { PortfolioTable } from './PortfolioTable';
import { usePortfolio, usePortfolioYear } from './usePortfolio';
import { useViewStore } from '../../store';
import { useGrantTags, type GrantEntry } from './useGrantTaggings';
import { visibleText } from '../../io/visibleText';

/** Where the confirmed money sits: by funder, currency and year, with the two lists to act on and a CSV. */
export function PortfolioSection({ dataset, entries, funders }: { dataset: Dataset; entries: GrantEntry[]; funders: string[] }) {
  const tags = useGrantTags();
  const currencies = useMemo(() => currenciesOf(entries.map((e) => e.grant)), [entries]);
  const years = useMemo(() => yearsOf(entries.map((e) => e.grant)), [entries]);
  const [funder, setFunder] = useState<string | null>(null);
  const [currency, setCurrency] = useState<string | null>(null);
  // The year and the overlay live in the link, so the map's overlay and this table count the same money.
  const year = usePortfolioYear(entries);
  const overlayOn = useViewStore((s) => s.portfolio);
  const { setPortfolio } = useViewStore.getState();
  const setYear = (portfolioYear: string | null) => setPortfolio({ portfolioYear });
  const chosenFunder = funder !== null && funders.includes(funder) ? funder : null;
  const chosenCurrency = currency !== null && currencies.includes(currency) ? currency : (currencies[0] ?? 'GBP');
  const portfolio = usePortfolio(dataset, entries, tags, { funder: chosenFunder, currency: chosenCurrency, year });
  const whose = portfolio.funders.join(' and ') || 'No funder';
  const range = portfolio.from && portfolio.to ? `${formatDay(portfolio.from)} to ${formatDay(portfolio.to)}` : 'no grants';

  const download = () => {
    const name = fileNameFrom(`portfolio ${whose} ${portfolio.from ?? ''} to ${portfolio.to ?? ''}`, 'csv');
    saveFile(name, portfolioCsv(portfolio, dataset), 'text/csv;charset=utf-8');
  };

  return (
    <section className="portfolio" aria-labelledby="portfolio-heading">
      <h3 id="portfolio-heading">Your portfolio on the map</h3>
      <div className="portfolio-controls">
        {funders.length > 1 && <ChoiceSelect label="Funder" values={funders} value={chosenFunder} all={`All ${funders.length} funders`} onChange={setFunder} />}
        {currencies.length > 1 && <ChoiceSelect label="Currency" values={currencies} value={chosenCurrency} onChange={setCurrency} />}
        <ChoiceSelect label="Year" values={years} value={year} all="All years" onChange={setYear} />
        <label className="portfolio-overlay-toggle">
          <input type="checkbox" checked={overlayOn} onChange={(e) => setPortfolio({ portfolio: e.target.checked })} /> Show my grants on the map
        </label>
        <button type="button" onClick={download}>
          Download the portfolio table (CSV)
        </button>
      </div>
      <p className="portfolio-summary">
        {visibleText(whose)}, {range}: {formatGrantAmount(portfolio.tagged, portfolio.currency)} of {formatGrantAmount(portfolio.total, portfolio.currency)} confirmed on the map ({portfolio.taggedGrants.toLocaleString('en-GB')} of{' '}
        {portfolio.grants.toLocaleString('en-GB')} grants). A grant tagged to several interventions is split evenly between them.
        {currencies.length > 1 ? ` Grants in other currencies are counted under their own currency, never added in.` : ''}
      </p>
      <PortfolioTable dataset={dataset} portfolio={portfolio} />
      <PortfolioFindings portfolio={portfolio} />
      <MoneyBreakdown dataset={dataset} portfolio={portfolio} />
      <FactorsReached dataset={dataset} portfolio={portfolio} />
    </section>
  );
}
