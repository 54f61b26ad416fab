import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../../../src/model';
import { exportDataset, type ExportFormat } from '../../../../src/io/export/exportDataset';
import { importFiles } from '../../../../src/io/import/importFile';
import { ROUND_TRIP_FORMATS } from '../../../../src/io/formats/registry';
import { smallMap } from '../../../fixtures/loadFixture';

/**
 * Issue 13, item 4: export then import gives the same dataset, for any dataset, in every format
 * that round-trips. Datasets are the small fixture with every text a person writes (labels,
 * descriptions, quotes, summaries, loop names) replaced by arbitrary text (quotes, commas, line
 * breaks, pipes, formula starts, markup, emoji and other scripts), polarities and evidence chosen at
 * random, and positions anywhere in range; then validated, as any file would be.
 */

const personText = fc.string({ unit: fc.oneof(fc.constantFrom(',', '"', "'", '\n', '\r', '\r\n', '\u0085', '\u2028', '_x0041_', '|', '=', '+', '-', '@', '<', '>', '&', ';', ' ', '\t', 'é', '漢', '🙂', '\u200b'), fc.string({ unit: 'grapheme', minLength: 1, maxLength: 1 })), minLength: 1, maxLength: 40 })
  .filter((t) => t.trim().length > 0);

/**
 * Importers tidy whitespace, as src/io/FORMATS.md says: a label or name is one line with single
 * spaces (Kumu writes a label's line breaks as runs of spaces); a description or summary keeps its
 * paragraphs, with runs of spaces and tabs made one. Text is generated as it reads after that.
 */
// Zero-width characters at either end are not part of a value either (issue 24: a zero-width
// space before "Housing" made a second factor), so they are trimmed with the spaces.
const trimmed = (t: string) => t.replace(/^[\s\u200b-\u200d\u2060\ufeff]+|[\s\u200b-\u200d\u2060\ufeff]+$/g, '');
const oneLine = personText.map((t) => trimmed(t.replace(/\s+/g, ' '))).filter((t) => t.length > 0);
const paragraphs = personText.map((t) => trimmed(t.replace(/[ \t]+/g, ' ').replace(/\n{3,}/g, '\n\n'))).filter((t) => t.length > 0);

const coordinate = fc.double({ min: -1e6, max: 1e6, noNaN: true }).map((n) => (Object.is(n, -0) ? 0 : n));

const datasets = fc
  .record({
    labels: fc.array(oneLine, { minLength: 9, maxLength: 9 }),
    descriptions: fc.array(paragraphs, { minLength: 9, maxLength: 9 }),
    quote: personText,
    polarities: fc.array(fc.constantFrom('+', '-') as fc.Arbitrary<'+' | '-'>, { minLength: 11, maxLength: 11 }),
    strength: fc.constantFrom('strong', 'moderate', 'limited', 'weak', 'testimony') as fc.Arbitrary<Dataset['interventions'][number]['evidence']['strength']>,
    summary: paragraphs,
    loopName: oneLine,
    // JSON has no -0 (it writes 0), so a position is generated as a JSON file can hold it.
    positions: fc.array(fc.record({ x: coordinate, y: coordinate }), { minLength: 9, maxLength: 9 }),
  })
  .map((r): Dataset | null => {
    const d = smallMap();
    d.factors.forEach((f, i) => {
      f.label = r.labels[i]!;
      f.description = r.descriptions[i]!;
    });
    d.links.forEach((l, i) => (l.polarity = r.polarities[i % r.polarities.length]!));
    const intervention = d.interventions[0]!;
    intervention.evidence = { ...intervention.evidence, strength: r.strength, summary: r.summary };
    const quoted = d.factors[0]!.citations[0];
    if (quoted && 'quote' in quoted) quoted.quote = r.quote;
    if (d.loops?.[0]) d.loops[0].name = r.loopName;
    d.positions = Object.fromEntries(d.factors.map((f, i) => [f.id, r.positions[i]!]));
    const parsed = parseDataset(d);
    return parsed.ok ? parsed.dataset : null;
  })
  .filter((d): d is Dataset => d !== null);

async function roundTrip(dataset: Dataset, format: ExportFormat): Promise<Dataset> {
  const files = await exportDataset(dataset, format);
  const outcome = await importFiles(files.map((f) => ({ name: f.name, content: f.content })), { today: dataset.meta.updated });
  if (!outcome.ok) throw new Error(`${format}: ${outcome.message} ${JSON.stringify(outcome.issues.slice(0, 3))}`);
  return outcome.dataset;
}

const graphPart = (d: Dataset) => ({ factors: d.factors, links: d.links, interventions: d.interventions, positions: d.positions, sources: d.sources });

/** CI runs a few dozen cases; `ROUND_TRIP_RUNS=2000 npx vitest run <this file>` searches harder. */
const runs = (usual: number) => Number(process.env.ROUND_TRIP_RUNS ?? usual);

describe('export then import gives the same dataset, for any dataset', () => {
  for (const { id: format, carries } of ROUND_TRIP_FORMATS) {
    if (carries === 'everything') {
      it(`${format}: the whole dataset`, async () => {
        await fc.assert(
          fc.asyncProperty(datasets, async (dataset) => {
            expect(await roundTrip(dataset, format)).toEqual(dataset);
          }),
          { numRuns: runs(60) },
        );
      }, 600_000);
    } else {
      it(`${format}: factors, links, interventions, positions and sources`, async () => {
        await fc.assert(
          fc.asyncProperty(datasets, async (dataset) => {
            expect(graphPart(await roundTrip(dataset, format))).toEqual(graphPart(dataset));
          }),
          // exceljs takes a while per workbook on a shared machine: fewer cases, same property.
          { numRuns: runs(format === 'xlsx' ? 15 : 60) },
        );
      }, 600_000);
    }
  }
});
