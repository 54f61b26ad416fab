import { WHAT_IF_WEIGHTINGS, type WhatIfWeighting } from '../../analysis';
import { useViewStore } from '../../store';
import { ToggleGroup } from '../common/ToggleGroup';

export const WEIGHTING_LABELS: Record<WhatIfWeighting, string> = { evidence: 'Weighted by evidence', structure: 'Structure only' };

/** Whether each push is weighted by its evidence, or every push counts the same (the map's structure alone). */
export function WeightingSwitch({ weighting }: { weighting: WhatIfWeighting }) {
  const { setWeighting } = useViewStore.getState();
  return <ToggleGroup label="What-if pushes" options={WHAT_IF_WEIGHTINGS} labels={WEIGHTING_LABELS} value={weighting} onChange={setWeighting} className="what-if-weighting" />;
}
