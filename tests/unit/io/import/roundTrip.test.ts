import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseDataset, type Dataset } from '../../../../src/model';
import { exportDataset, type ExportFormat } from '../../../../src/io/export/exportDataset';
import { importFiles } from '../../../../src/io/import/importFile';
import { ROUND_TRIP_FORMATS } from '../../../../src/io/formats/registry';
import { smallMap } from '../../../fixtures/loadFixture';
import { imported } from './fixtureFiles';

/** The small fixture with what it lacks for a full round trip: positions, an example, a scale, a mutual pair. */
function richSmallMap(): Dataset {
  const dataset = smallMap();
  const [first, second] = dataset.factors;
  dataset.positions = { [first!.id]: { x: -12.25, y: 40.5 }, [second!.id]: { x: 3, y: 0.125 } };
  const intervention = dataset.interventions[0]!;
  intervention.examples = [{ organisation: 'A charity, with "quotes" & a comma', url: 'https://example.org/a?b=1&c=2' }];
  intervention.scale = '100k';
  return dataset;
}

function bundledDataset(): Dataset {
  const parsed = parseDataset(JSON.parse(readFileSync(resolve(__dirname, '../../../../data/reoffending-map.json'), 'utf8')));
  if (!parsed.ok) throw new Error('data/reoffending-map.json is not valid: run npm run validate');
  return parsed.dataset;
}

async function roundTrip(dataset: Dataset, format: ExportFormat): Promise<Dataset> {
  const files = await exportDataset(dataset, format);
  const outcome = await importFiles(files.map((f) => ({ name: f.name, content: f.content })), { today: dataset.meta.updated });
  return imported(outcome).dataset;
}

/** The formats that carry the whole dataset, and those (spreadsheets) that carry the graph and sources, by the registry. */
const WHOLE = ROUND_TRIP_FORMATS.filter((f) => f.carries === 'everything').map((f) => f.id);
const GRAPH = ROUND_TRIP_FORMATS.filter((f) => f.carries === 'graph and sources').map((f) => f.id);

/** The parts of a dataset that live on the graph itself, which every format carries. */
const graphPart = (d: Dataset) => ({ factors: d.factors, links: d.links, interventions: d.interventions, positions: d.positions });

describe('a researcher exports the dataset and imports the file again', () => {
  it('every format read back is in one of the two lists', () => {
    expect([...WHOLE, ...GRAPH].sort()).toEqual(ROUND_TRIP_FORMATS.map((f) => f.id).sort());
  });

  for (const format of WHOLE) {
    it(`${format} carries the whole dataset`, async () => {
      for (const dataset of [richSmallMap(), bundledDataset()]) {
        expect(await roundTrip(dataset, format)).toEqual(dataset);
      }
    }, 30_000);
  }

  for (const format of GRAPH) {
    it(`${format} carries factors, links, interventions and positions; the rest is rebuilt from the file`, async () => {
      for (const dataset of [richSmallMap(), bundledDataset()]) {
        const files = await exportDataset(dataset, format);
        const outcome = await importFiles(files.map((f) => ({ name: f.name, content: f.content })), { today: dataset.meta.updated });
        const back = imported(outcome).dataset;
        // A link's open question names a gap, and a spreadsheet has no gaps: that one field is left out, and said so.
        const withQuestion = dataset.links.filter((l) => l.openQuestion !== undefined);
        const withoutGapReferences = { ...dataset, links: dataset.links.map(({ openQuestion: _gap, ...link }) => link) };
        expect(graphPart(back)).toEqual(graphPart(withoutGapReferences));
        expect(outcome.report?.notMapped.filter((n) => n.message.startsWith('its openQuestion was left out'))).toHaveLength(withQuestion.length);
        // The sources sheet carries every source whole, external reviews' addresses and designs included.
        expect(back.sources).toEqual(dataset.sources);
        // A spreadsheet has no place for these: vocabulary ids survive as entries labelled by the value, words do not.
        expect(back.vocabularies.domains.map((d) => d.id).sort()).toEqual([...new Set(dataset.factors.map((f) => f.domain).concat(dataset.interventions.map((i) => i.domain)))].sort());
        expect(back.gaps).toEqual([]);
        expect(back.loops).toBeUndefined();
      }
      // exceljs takes seconds on the bundled dataset on a shared 2-core machine: a limit, not a measure.
    }, 60_000);
  }

  it('the Kumu export has the shape of a Kumu project, so Kumu can open it', async () => {
    const dataset = richSmallMap();
    const [file] = await exportDataset(dataset, 'kumu-json');
    const project = JSON.parse(String(file!.content)) as {
      elements: Array<{ _id: string; attributes: Record<string, unknown> }>;
      connections: Array<{ from: string; to: string; direction: string; attributes: Record<string, unknown> }>;
      loops: Array<{ connections: string[] }>;
      maps: Array<{ _id: string; elements: Array<{ element: string; position: { x: number; y: number } }> }>;
      defaultMap: string;
    };
    const ids = new Set(project.elements.map((e) => e._id));
    expect(project.elements.map((e) => e.attributes.label)).toEqual([...dataset.factors, ...dataset.interventions].map((n) => n.label));
    expect(project.connections.every((c) => ids.has(c.from) && ids.has(c.to) && c.direction === 'directed')).toBe(true);
    expect(project.connections.slice(0, dataset.links.length).map((c) => c.attributes['connection type'])).toEqual(dataset.links.map((l) => l.polarity));
    expect(project.loops[0]!.connections).toHaveLength(dataset.loops![0]!.factors.length);
    expect(project.maps[0]!._id).toBe(project.defaultMap);
    expect(project.maps[0]!.elements.map((e) => [e.element, e.position])).toEqual(Object.entries(dataset.positions!));
  });

  it('an imported Kumu map exports to Kumu JSON and comes back the same', async () => {
    const blueprint = readFileSync(resolve(__dirname, '../../../fixtures/import/reentry-blueprint.json'), 'utf8');
    const first = imported(await importFiles([{ name: 'reentry-blueprint.json', content: blueprint }], { today: '2026-11-30' })).dataset;
    for (const format of WHOLE) expect(await roundTrip(first, format)).toEqual(first);
  });
});
