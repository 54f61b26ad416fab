import { MATRIX_AXES, type MatrixAxis } from '../../analysis';
import { useViewStore } from '../../store';

const AXIS_LABELS: Record<MatrixAxis, string> = { domain: 'Domains', stage: 'Stages' };

/** Whether the matrix's columns are domains or stages. */
export function AxisSwitch({ axis }: { axis: MatrixAxis }) {
  const { setAxis } = useViewStore.getState();
  return (
    <div className="view-switch gap-axis-switch" role="group" aria-label="Columns">
      {MATRIX_AXES.map((a) => (
        <button key={a} type="button" aria-pressed={axis === a} onClick={() => setAxis(a)}>
          {AXIS_LABELS[a]}
        </button>
      ))}
    </div>
  );
}
