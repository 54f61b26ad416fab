import { EvidenceLevelTerms } from '../common/EvidenceLevelTerms';

/** How to read the matrix: the evidence colours, an empty cell and the named-gaps row. */
export function GapMatrixKey() {
  return (
    <section className="gap-matrix-key" aria-labelledby="gap-matrix-key-heading">
      <h3 id="gap-matrix-key-heading">Key</h3>
      <p>Each filled cell shows how many interventions sit there, the strongest evidence among them, and how many citations back that evidence.</p>
      <dl className="legend-evidence">
        <EvidenceLevelTerms />
        <div>
          <dt>
            <span className="gap-cell-marker" aria-hidden="true">—</span>
            <span className="visually-hidden">An empty cell</span>
          </dt>
          <dd>A gap: the map has no intervention of that type there. It may be missing from the sources rather than from the world.</dd>
        </div>
        <div>
          <dt>Named evidence gaps</dt>
          <dd>Questions the sources say nobody has data on, counted under the domain or stage of each factor they concern.</dd>
        </div>
      </dl>
    </section>
  );
}
