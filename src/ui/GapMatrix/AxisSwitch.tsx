import { MATRIX_AXES, type MatrixAxis } from '../../analysis';
import { useViewStore } from '../../store';
import { ToggleGroup } from '../common/ToggleGroup';

const AXIS_LABELS: Record<MatrixAxis, string> = { domain: 'Domains', stage: 'Stages' };

/** Whether the matrix's columns are domains or stages. */
export function AxisSwitch({ axis }: { axis: MatrixAxis }) {
  const { setAxis } = useViewStore.getState();
  return <ToggleGroup label="Columns" options={MATRIX_AXES} labels={AXIS_LABELS} value={axis} onChange={setAxis} className="gap-axis-switch" />;
}
