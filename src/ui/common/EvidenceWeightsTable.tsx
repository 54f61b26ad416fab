import { EVIDENCE_LEVELS, EVIDENCE_SCALE } from '../../model';

/** The one table of evidence weights (src/model/evidence.ts), as leverage and the what-if use it. */
export function EvidenceWeightsTable({ caption = 'Evidence weights' }: { caption?: string }) {
  return (
    <table className="data-table leverage-weights">
      <caption>{caption}</caption>
      <thead>
        <tr>
          <th scope="col">Evidence</th>
          <th scope="col">Weight</th>
        </tr>
      </thead>
      <tbody>
        {[...EVIDENCE_LEVELS].reverse().map((level) => (
          <tr key={level}>
            <th scope="row">
              <span className={`evidence evidence--${level}`}>{EVIDENCE_SCALE[level].label}</span>
            </th>
            <td>{EVIDENCE_SCALE[level].weight}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
