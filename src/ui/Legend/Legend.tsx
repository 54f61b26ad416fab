import { EVIDENCE_LEVELS, EVIDENCE_SCALE, type Dataset } from '../../model';
import { DOMAIN_COLOURS, TYPE_COLOURS, colourFor } from '../../map/palette';
import { LineSample, Swatch } from './Swatch';

/** How to read the map: shapes, colours, lines, the journey's stages and the evidence scale. */
export function Legend({ dataset }: { dataset: Dataset }) {
  const { domains, stages, interventionTypes } = dataset.vocabularies;
  const domainIds = domains.map((d) => d.id);
  const typeIds = interventionTypes.map((t) => t.id);
  return (
    <div className="legend">
      <h2 className="visually-hidden">Legend</h2>
      <div className="legend-body">
        <section aria-labelledby="legend-reading">
          <h3 id="legend-reading">Reading the map</h3>
          <ul className="legend-list">
            <li>
              <Swatch shape="circle" colour="#ffffff" /> Factor: something in a person’s life or in the system
            </li>
            <li>
              <Swatch shape="diamond" colour="#ffffff" /> Intervention: work that acts on factors
            </li>
            <li>Bigger shapes have more connections.</li>
            <li>
              Left to right, columns follow a person’s journey: {stages.map((s) => s.label).join(' → ')}.
            </li>
          </ul>
        </section>
        <section aria-labelledby="legend-lines">
          <h3 id="legend-lines">Arrows</h3>
          <ul className="legend-list">
            <li>
              <LineSample variant="same" /> Solid (+): more of one means more of the other
            </li>
            <li>
              <LineSample variant="opposite" /> Dashed (−): more of one means less of the other
            </li>
            <li>
              <LineSample variant="inferred" /> Paler: inferred by the map’s authors from cited premises, not stated by a source
            </li>
            <li>
              <LineSample variant="action" /> Blue: an intervention acting on a factor (solid raises, dashed lowers)
            </li>
          </ul>
        </section>
        <section aria-labelledby="legend-domains">
          <h3 id="legend-domains">Factor domains</h3>
          <ul className="legend-list legend-list--columns">
            {domains.map((d) => (
              <li key={d.id} title={d.description}>
                <Swatch shape="circle" colour={colourFor(DOMAIN_COLOURS, domainIds, d.id)} /> {d.label}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="legend-types">
          <h3 id="legend-types">Intervention types</h3>
          <ul className="legend-list legend-list--columns">
            {interventionTypes.map((t) => (
              <li key={t.id} title={t.description}>
                <Swatch shape="diamond" colour={colourFor(TYPE_COLOURS, typeIds, t.id)} /> {t.label}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="legend-evidence">
          <h3 id="legend-evidence">Evidence strength, strongest first</h3>
          <dl className="legend-evidence">
            {[...EVIDENCE_LEVELS].reverse().map((level) => (
              <div key={level}>
                <dt>
                  <span className={`evidence evidence--${level}`}>{EVIDENCE_SCALE[level].label}</span>
                </dt>
                <dd>{EVIDENCE_SCALE[level].plainWords}</dd>
              </div>
            ))}
          </dl>
        </section>
      </div>
    </div>
  );
}
