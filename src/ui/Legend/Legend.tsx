import type { Dataset, VocabularyEntry } from '../../model';
import { DOMAIN_COLOURS, TYPE_COLOURS, colourFor } from '../../map/palette';
import { EvidenceLevelTerms } from '../common/EvidenceLevelTerms';
import { LineSample, Swatch } from './Swatch';

/** One vocabulary's entries with the colour and shape the map gives them. */
function VocabularySwatches({
  id,
  title,
  entries,
  shape,
  palette,
}: {
  id: string;
  title: string;
  entries: readonly VocabularyEntry[];
  shape: 'circle' | 'diamond';
  palette: readonly string[];
}) {
  const ids = entries.map((e) => e.id);
  return (
    <section aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      <ul className="legend-list legend-list--columns">
        {entries.map((entry) => (
          <li key={entry.id} title={entry.description}>
            <Swatch shape={shape} colour={colourFor(palette, ids, entry.id)} /> {entry.label}
          </li>
        ))}
      </ul>
    </section>
  );
}

/** How to read the map: shapes, colours, lines, the journey's stages and the evidence scale. */
export function Legend({ dataset }: { dataset: Dataset }) {
  const { domains, stages, interventionTypes } = dataset.vocabularies;
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
        <VocabularySwatches id="legend-domains" title="Factor domains" entries={domains} shape="circle" palette={DOMAIN_COLOURS} />
        <VocabularySwatches id="legend-types" title="Intervention types" entries={interventionTypes} shape="diamond" palette={TYPE_COLOURS} />
        <section aria-labelledby="legend-evidence">
          <h3 id="legend-evidence">Evidence strength, strongest first</h3>
          <dl className="legend-evidence">
            <EvidenceLevelTerms />
          </dl>
        </section>
      </div>
    </div>
  );
}
