import { lazy, Suspense } from 'react';
import { EVIDENCE_LEVELS, EVIDENCE_SCALE, UNASSIGNED_ID, type Dataset, type VocabularyEntry } from '../../model';
import { DOMAIN_COLOURS, TYPE_COLOURS } from '../../map/palette';
import { evidencePips, PIP_COUNT, vocabularyAppearance } from '../../map/nodeAppearance';
import { EvidenceLevelTerms } from '../common/EvidenceLevelTerms';
import { EvidencePips, LineSample, Swatch } from './Swatch';

/** The impact, cost and stakes key follows the map's first paint in a chunk of its own (the first load stays lean). */
const ImpactKey = lazy(async () => ({ default: (await import('./ImpactKey')).ImpactKey }));

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
        {entries.map((entry) => {
          const look = vocabularyAppearance(palette, ids, entry.id);
          return (
            // The description is a tooltip on the words, not the item's name: a screen reader reads the label.
            <li key={entry.id}>
              <Swatch shape={shape} colour={look.colour} glyph={look.glyph} ringed={look.ringed} /> <span title={entry.description}>{entry.label}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}

/**
 * What the map's columns mean: a person's journey, stage by stage, when the map has one. A map
 * made elsewhere (a Kumu import) may give its factors no stage: all then stand in the one "Not
 * assigned" column, and the legend says so rather than call that a journey.
 */
function journeyWords(stages: readonly VocabularyEntry[]): string | null {
  const assigned = stages.filter((s) => s.id !== UNASSIGNED_ID);
  if (assigned.length >= 2) return `Left to right, columns follow a person’s journey: ${stages.map((s) => s.label).join(' → ')}.`;
  if (assigned.length === 0) return 'This map gives its factors no stages of a person’s journey, so they stand in one column.';
  return null;
}

/** How to read the map: shapes, colours, lines, the journey's stages and the evidence scale. */
export function Legend({ dataset }: { dataset: Dataset }) {
  const { domains, stages, interventionTypes } = dataset.vocabularies;
  const journeyLine = journeyWords(stages);
  const outcome = dataset.factors.find((f) => f.id === dataset.meta.outcome);
  return (
    <div className="legend">
      <h2 className="visually-hidden">Legend</h2>
      <div className="legend-body">
        <section aria-labelledby="legend-reading">
          <h3 id="legend-reading">Reading the map</h3>
          <ul className="legend-list">
            <li>
              <Swatch shape="circle" /> Factor: something in a person’s life or in the system
            </li>
            <li>
              <Swatch shape="diamond" /> Intervention: work that acts on factors
            </li>
            <li>
              <svg className="swatch" width="18" height="18" viewBox="0 0 18 18" aria-hidden="true">
                <circle cx="9" cy="9" r="8" className="map-outcome-ring" />
                <circle className="swatch-shape swatch-shape--blank" cx="9" cy="9" r="5" />
              </svg>{' '}
              Double ring: the outcome the map explains{outcome ? ` (${outcome.label})` : ''}
            </li>
            <li>Bigger circles have more connections. An intervention’s links to the factors it acts on show when you point at it, select it, fund it in a what-if or filter to it.</li>
            {journeyLine && <li>{journeyLine}</li>}
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
              <LineSample variant="inferred" /> Paler and dotted (dash-dot when negative): inferred by the map’s authors from cited premises, not stated by a source
            </li>
            <li>
              <LineSample variant="action" /> Blue: an intervention acting on a factor (solid raises, dashed lowers)
            </li>
            <li>
              <LineSample variant="intended" /> Grey, dash-dot: what an intervention is intended to do, where its research found no effect on reoffending or harm
            </li>
          </ul>
        </section>
        <VocabularySwatches id="legend-domains" title="Factor domains" entries={domains} shape="circle" palette={DOMAIN_COLOURS} />
        <VocabularySwatches id="legend-types" title="Intervention types" entries={interventionTypes} shape="diamond" palette={TYPE_COLOURS} />
        <section aria-labelledby="legend-evidence">
          <h3 id="legend-evidence">Evidence strength, strongest first</h3>
          <p>The dots above each intervention show how sure the evidence is, not which way it runs: more filled dots, stronger evidence. Where the research finds harm or no effect, a word takes their place (see Impact).</p>
          <ul className="legend-list">
            {[...EVIDENCE_LEVELS].reverse().map((level) => (
              <li key={level}>
                <EvidencePips filled={evidencePips(level)} count={PIP_COUNT} /> {EVIDENCE_SCALE[level].label}
                <span className="visually-hidden">({evidencePips(level)} of {PIP_COUNT} dots filled)</span>
              </li>
            ))}
          </ul>
          <dl className="legend-evidence">
            <EvidenceLevelTerms />
          </dl>
        </section>
        <Suspense fallback={null}>
          <ImpactKey dataset={dataset} />
        </Suspense>
      </div>
    </div>
  );
}
