import { COST_FILTER_WORDS, formatMoney, priceYearWords } from '../../analysis';
import { IMPACT_LEVELS, IMPACT_SCALE, type Dataset } from '../../model';
import { cautionGeometry, type Caution } from '../../map/render/cautionMark';
import { ImpactBadge } from '../common/ImpactBadge';

/** The map's crossed or struck-through diamond, with its word, as the legend's sample of it. */
function CautionSwatch({ caution }: { caution: Caution }) {
  const mark = cautionGeometry(caution, 7);
  return (
    <svg className="swatch caution-swatch" width="64" height="44" viewBox="-28 -21 56 38" aria-hidden="true">
      <path className="swatch-shape swatch-shape--blank" d="M0,-8.75L8.75,0L0,8.75L-8.75,0Z" />
      {['map-caution-halo', 'map-caution-line'].map((cls) =>
        mark.lines.map(([x1, y1, x2, y2], i) => <line key={`${cls}-${i}`} className={cls} x1={x1} y1={y1} x2={x2} y2={y2} />),
      )}
      <g className={`map-caution-tag map-caution-tag--${caution}`}>
        <rect x={mark.tag.x} y={mark.tag.y} width={mark.tag.width} height={mark.tag.height} rx="2" />
        <text x="0" y={mark.tag.y + mark.tag.height / 2} textAnchor="middle" dominantBaseline="central">
          {mark.tag.text}
        </text>
      </g>
    </svg>
  );
}

/**
 * Impact, cost and what is at stake, each in plain words: impact is its own channel beside
 * evidence strength (a strongly evidenced harm is crossed out on the map, never given the pips of
 * a recommendation); cost in bands of pounds per participant; the stakes with their citations.
 */
export function ImpactKey({ dataset }: { dataset: Dataset }) {
  const stakes = dataset.stakes ?? [];
  const sourceTitle = (id: string) => dataset.sources.find((s) => s.id === id)?.title ?? id;
  return (
    <>
      <section aria-labelledby="legend-impact">
        <h3 id="legend-impact">Impact on reoffending</h3>
        <p>Which way and how much reoffending changes, by one written rule: apart from how sure the evidence is.</p>
        <ul className="legend-list legend-list--caution">
          <li>
            <CautionSwatch caution="harmful" /> Crossed out, “harmful”: the research finds more people reoffend. Do not fund it to cut reoffending.
          </li>
          <li>
            <CautionSwatch caution="no-clear-effect" /> Struck through, “no effect”: the research finds no clear change in reoffending.
          </li>
        </ul>
        <dl className="legend-evidence">
          {IMPACT_LEVELS.map((level) => (
            <div key={level}>
              <dt>
                <ImpactBadge level={level} />
              </dt>
              <dd>{IMPACT_SCALE[level].plainWords}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="legend-cost">
        <h3 id="legend-cost">Cost per participant</h3>
        <dl className="legend-evidence">
          {COST_FILTER_WORDS.map((band) => (
            <div key={band.id}>
              <dt>{band.label}</dt>
              <dd>{band.description}</dd>
            </div>
          ))}
        </dl>
      </section>
      {stakes.length > 0 && (
        <section aria-labelledby="legend-stakes">
          <h3 id="legend-stakes">At stake</h3>
          <ul className="legend-list legend-list--stakes">
            {stakes.map((stake) => (
              <li key={stake.id}>
                <span>
                  {stake.label}: <strong>{stake.reported}</strong> ({formatMoney(stake.amount, stake.currency)} per {stake.per}, {priceYearWords(stake)}).{' '}
                  <span className="muted">
                    Source: <cite>{sourceTitle(stake.citation.source)}</cite>
                    {stake.citation.locator ? `, ${stake.citation.locator}` : ''}
                  </span>
                </span>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
