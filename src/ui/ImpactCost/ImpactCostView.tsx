import { useId, useRef } from 'react';
import type { Dataset } from '../../model';
import { useSelectedId, useVisibility } from '../../store';
import { ImpactCostChart } from './ImpactCostChart';
import { ImpactCostKey } from './ImpactCostKey';
import { ImpactCostTable } from './ImpactCostTable';
import { CHART_WIDTH } from './chartLayout';
import { useWidth } from './useWidth';

/** The view's padding left and right (impactCost.css), which the picture does not get. */
const VIEW_PADDING = 32;
import './impactCost.css';

/**
 * Impact and cost, as the EEF and YEF toolkits draw them: which way and how much each intervention
 * changes reoffending (up the page is better, below the line is harm) against what it costs per
 * participant, each mark as big as the evidence is sure. It shows the interventions the filters
 * leave, and its table twin lists the same ones with every figure's working.
 */
export function ImpactCostView({ dataset }: { dataset: Dataset }) {
  const visible = useVisibility(dataset);
  const selectedId = useSelectedId();
  const headingId = useId();
  const frame = useRef<HTMLDivElement>(null);
  // The view is always there (the picture is not when filters leave nothing), so it is what is measured.
  const width = useWidth(frame, CHART_WIDTH.max + VIEW_PADDING) - VIEW_PADDING;
  const interventions = dataset.interventions.filter((i) => visible.nodes.has(i.id));
  const hidden = dataset.interventions.length - interventions.length;
  return (
    <div className="impact-view" ref={frame}>
      <h2 id={headingId}>Impact and cost</h2>
      <p className="impact-intro">
        Up the page, fewer people reoffend; on the line, no clear effect; below it, harm: more people reoffend. Left to right, cost per participant in
        bands. The bigger the mark, the surer the evidence. A cost cited only in another currency (such as US dollars) is known but not converted: it has its own
        column apart from the bands, its marks in order of amount, cheapest at the top. Interventions whose impact or cost is not known sit apart, never guessed. Choose a mark (or press
        Enter on it; the arrow keys move between marks) to open its details.
      </p>
      {hidden > 0 && (
        <p className="impact-filtered muted">
          Showing {interventions.length} of {dataset.interventions.length} interventions: the filters hide {hidden}.
        </p>
      )}
      {interventions.length === 0 ? (
        <p className="impact-empty">No intervention is shown under the current filters. Widen or clear the filters to see the picture.</p>
      ) : (
        <>
          <div className="impact-chart-frame">
            <ImpactCostChart interventions={interventions} selectedId={selectedId} labelledBy={headingId} width={width} />
          </div>
          <ImpactCostKey />
          <ImpactCostTable dataset={dataset} interventions={interventions} selectedId={selectedId} />
        </>
      )}
    </div>
  );
}
