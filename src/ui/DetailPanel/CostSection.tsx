import { costOf, formatMoney, impactOf, sourceTitles, type DatasetIndex } from '../../analysis';
// Straight from its module, not the index: only these views use it, so the first load need not carry it.
import { costPerPersonKept, keptSpreadWords } from '../../analysis/costPerPersonKept';
import { COST_BAND_SCALE, type Intervention } from '../../model';
import { CitationList } from './CitationList';
import { ratioFigure } from '../common/ratioFigure';

/**
 * What it costs and what a pound buys, each figure with its currency, price year, what it covers
 * and its citation. "Not known" is said as such, never estimated. The cost per person kept from
 * reoffending is computed, so it is labelled an estimate and shows its working.
 */
export function CostSection({ intervention, index }: { intervention: Intervention; index: DatasetIndex }) {
  const reading = costOf(intervention);
  const { cost, band } = reading;
  const kept = costPerPersonKept(intervention, sourceTitles(index));
  const ratios = intervention.valueForMoney ?? [];
  return (
    <section className="detail-section" aria-labelledby="cost-heading">
      <h3 id="cost-heading">Cost and value for money</h3>
      <h4>Cost per participant</h4>
      {cost ? (
        <>
          <p className="cost-figure">
            {reading.text}
            {band && <> · {COST_BAND_SCALE[band].label.toLowerCase()}</>}
          </p>
          <dl className="impact-facts">
            <div>
              <dt>Currency</dt>
              <dd>{cost.currency}{cost.currency !== 'GBP' && ' (not banded: no cited exchange rate)'}</dd>
            </div>
            <div>
              <dt>Price year</dt>
              <dd>{cost.priceYear ?? 'Not stated by the source'}</dd>
            </div>
            <div>
              <dt>Covers</dt>
              <dd>{cost.covers}</dd>
            </div>
            <div>
              <dt>As reported</dt>
              <dd>{cost.reported}</dd>
            </div>
          </dl>
          <CitationList citations={[cost.citation]} index={index} />
        </>
      ) : (
        <p className="cost-not-known">Not known: no source we read gives a cost per participant, and none is estimated.</p>
      )}
      <h4>Value for money</h4>
      {ratios.length > 0 ? (
        ratios.map((ratio, i) => (
          <div key={i} className="value-for-money">
            <p>
              Benefit-cost ratio {ratioFigure(ratio.value)}
              {ratio.low !== undefined && ratio.high !== undefined && <> (range {ratio.low} to {ratio.high})</>}: benefits per 1 spent
              {ratio.chanceBenefitsExceedCosts !== undefined && <>; chance benefits exceed costs {ratio.chanceBenefitsExceedCosts}%</>}.
            </p>
            <p className="value-setting">Measured in: {ratio.setting}</p>
            <p className="value-reported">As reported: {ratio.reported}</p>
            <CitationList citations={[ratio.citation]} index={index} />
          </div>
        ))
      ) : (
        <p className="cost-not-known">Not known: no source we read reports a benefit-cost ratio.</p>
      )}
      <h4>Cost per person kept from reoffending (estimate)</h4>
      {kept ? (
        <>
          <p className="kept-figure">
            Estimate: about {formatMoney(kept.central, kept.currency)}
            {' '}({kept.spread === 'range' ? 'range ' : ''}{keptSpreadWords(kept)})
          </p>
          <p className="kept-working">Working: {kept.working}</p>
        </>
      ) : (
        <p className="cost-not-known">{keptMissing(intervention, cost !== undefined)}</p>
      )}
    </section>
  );
}

function keptMissing(intervention: Intervention, costKnown: boolean): string {
  const level = impactOf(intervention).level;
  if (level === 'harmful' || level === 'no-clear-effect') return 'None: the research finds no fewer people reoffend, so no cost buys a person kept from reoffending.';
  if (!costKnown) return 'Not known: it needs a cited cost per participant.';
  return "Not known: it needs an effect on reoffending that gives the share of people kept from reoffending (a difference in percentage points, or a relative measure with the comparison group's rate).";
}
