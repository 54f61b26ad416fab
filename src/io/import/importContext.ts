import type { Citation, Dataset, Gap, Loop, Source, Stake, VocabularyEntry } from '../../model';
import type { GraphTable } from '../formats/graphTable';
import { createIdMaker, kebab } from './idMaker';
import { clip, firstSentence } from './importText';
import type { ImportReport } from './importReport';
import { createVocabulary } from './vocabularyBuilder';
import { plural } from '../../model/plural';

/** The parts of a dataset our own exports carry beside the graph (see export/datasetToTable). */
export interface CarriedContext {
  $schema?: string;
  meta?: Dataset['meta'];
  vocabularies?: Partial<Record<'domains' | 'stages' | 'interventionTypes', VocabularyEntry[]>>;
  sources?: Source[];
  gaps?: Gap[];
  loops?: Loop[];
  stakes?: Stake[];
}

const isObject = (value: unknown): value is Record<string, unknown> =>
  value !== null && typeof value === 'object' && !Array.isArray(value);

/** Takes the carried context as found; parseDataset judges its contents at the end. */
function readContext(value: unknown): CarriedContext {
  if (!isObject(value)) return {};
  const list = <T>(v: unknown) => (Array.isArray(v) ? (v as T[]) : undefined);
  const vocabularies = isObject(value.vocabularies) ? value.vocabularies : {};
  return {
    meta: isObject(value.meta) ? (value.meta as Dataset['meta']) : undefined,
    vocabularies: {
      domains: list<VocabularyEntry>(vocabularies.domains),
      stages: list<VocabularyEntry>(vocabularies.stages),
      interventionTypes: list<VocabularyEntry>(vocabularies.interventionTypes),
    },
    sources: list<Source>(value.sources),
    gaps: list<Gap>(value.gaps),
    loops: list<Loop>(value.loops),
    stakes: list<Stake>(value.stakes),
    ...(typeof value.$schema === 'string' ? { $schema: value.$schema } : {}),
  };
}

export const baseName = (fileName: string): string => fileName.replace(/^.*[\\/]/, '').replace(/\.[^.]+$/, '') || fileName;

/**
 * What every record of one import shares: the ids already taken, the vocabularies being built,
 * and the source that stands for the file itself. That source is added only when some record
 * needed a citation the file did not give: the schema needs one per record, and the most honest
 * one we can give quotes the file's own words for that record and names the file as its source.
 */
export function createImportContext(table: GraphTable, report: ImportReport, today: string) {
  const carried = readContext(table.context);
  const sources = [...(carried.sources ?? [])];
  const nodeIds = createIdMaker(new Set(sources.flatMap((s) => (typeof s?.id === 'string' ? [s.id] : []))));
  const title = clip(table.title ?? baseName(table.fileName), 160);
  const fileSource: Source = {
    id: nodeIds(undefined, `imported-${kebab(baseName(table.fileName)) || 'file'}`, 'imported-file'),
    title: clip(`${title} (imported ${table.format} file ${table.fileName})`, 160),
    kind: 'practitioner-views',
    caveat: clip(
      `A ${table.format} file, ${table.fileName}, imported on ${today}: its authors' own map of the system, not checked against evidence. ` +
        "Citations to it quote the file's own text for each item (its description; where it has none, its label, or for a connection the labels of its two ends), not a published document.",
      4000,
    ),
  };
  let placeholders = 0;
  const vocabulary = carried.vocabularies ?? {};
  return {
    table,
    report,
    today,
    carried,
    nodeIds,
    title,
    domains: createVocabulary(vocabulary.domains ?? [], 'domain', table.fileName),
    stages: createVocabulary(vocabulary.stages ?? [], 'stage', table.fileName),
    interventionTypes: createVocabulary(vocabulary.interventionTypes ?? [], 'intervention type', table.fileName),
    /** A citation of the file itself, quoting its own text for the record. */
    fileCitation(ownText: string): Citation {
      placeholders++;
      return { source: fileSource.id, quote: firstSentence(ownText, 600) };
    },
    /** The sources, with the file's own when a record cites it, and stubs for ids cited but absent. */
    sources(cited: Set<string>): Source[] {
      const all = placeholders > 0 ? [...sources, fileSource] : [...sources];
      const known = new Set(all.map((s) => s?.id));
      for (const id of cited) {
        if (known.has(id)) continue;
        all.push({
          id,
          title: clip(`Source "${id}" (named in ${table.fileName})`, 160),
          kind: 'practitioner-views',
          caveat: `${table.fileName} cites this source by its id only: its title, kind and details were not in the file. Check and complete this entry.`,
        });
        report.assumed.push(`Source "${id}" is cited in the file but not described there: a stub entry was added for you to complete.`);
      }
      if (placeholders > 0) {
        report.assumed.push(
          `${plural(placeholders, 'citation')} quote the file's own text (an item's description or label) and cite the file as source "${fileSource.id}", since the file gives none: replace them with quotes from the evidence.`,
        );
      }
      return all;
    },
  };
}

export type ImportContext = ReturnType<typeof createImportContext>;
