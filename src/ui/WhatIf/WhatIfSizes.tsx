import { impactOf } from '../../analysis';
import { IMPACT_SCALE, type Dataset } from '../../model';
import { noFigureReason, perHundred } from './perHundred';
import './whatIfSizes.css';

/**
 * The size of each funded intervention's effect as the research measured it, per 100 people it
 * reaches: kept apart from the map's ripple above (its own heading), since one is a study's
 * figure and the other the map's logic, and they do not add up.
 */
export function WhatIfSizes({ dataset, fund }: { dataset: Dataset; fund: readonly string[] }) {
  const funded = dataset.interventions.filter((i) => fund.includes(i.id));
  if (funded.length === 0) return null;
  return (
    <section className="what-if-sizes" aria-labelledby="what-if-sizes-title">
      <h3 id="what-if-sizes-title">Sizes from the research</h3>
      <p className="muted">
        What studies measured for the people each intervention reached, one intervention at a time: not the map’s ripple above, and not to be added up.
      </p>
      <ul>
        {funded.map((intervention) => {
          const impact = impactOf(intervention);
          const figure = perHundred(intervention, dataset);
          return (
            <li key={intervention.id} className={figure?.harmful ? 'is-harmful' : undefined}>
              <strong>{intervention.label}</strong> ({IMPACT_SCALE[impact.level].label.toLowerCase()}): {figure ? figure.sentence : noFigureReason(impact)}
            </li>
          );
        })}
      </ul>
    </section>
  );
}
