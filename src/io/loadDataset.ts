import type { Dataset } from '../model';
import { fetchText, type Progress } from './fetchText';
import { cancelledLoad, datasetFromText, type LoadOutcome } from './datasetFromText';
import { withoutByteOrderMark } from './byteOrderMark';
import { BUILD_VALIDATED_DIGESTS, validatedAtBuild } from './validatedDigests';
import { visibleText } from './visibleText';
import { noteTextFreeOfHiddenCharacters } from './revealHiddenText';

export type { LoadOutcome } from './datasetFromText';

/** Above this, reading and validating a JSON file takes long tasks: it is done in the import worker. */
const OFF_THREAD_JSON_CHARS = 1_000_000;

/** The file name an address ends in, for choosing a reader and for messages: ".../map.gexf?x=1" → "map.gexf", hidden characters shown. */
const fileNameOf = (url: URL) => visibleText(safeDecode(url.pathname.split('/').pop() ?? '')) || url.hostname;

/** A name with a stray "%" is its own text, not an error. */
function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export interface LoadOptions {
  /** Digests of files the build validated in full (validatedDigests.ts); tests pass their own. */
  validatedDigests?: readonly string[];
  /** How far reading has got, once the file is downloaded: "Reading connections: 240,000 rows". */
  onStep?: (message: string) => void;
  /** Aborting stops the download or the reading where it is; the outcome says it was cancelled. */
  signal?: AbortSignal;
}

/**
 * Fetches, parses and validates a dataset: the map only ever sees a dataset that passed. A map in
 * another tool's format (Kumu JSON, CSV, XLSX, GEXF, GraphML) goes through the same importer as
 * the file picker, loaded only then, and is validated the same way.
 */
export async function loadDataset(url: URL, onProgress: (p: Progress) => void, options: LoadOptions = {}): Promise<LoadOutcome> {
  const name = fileNameOf(url);
  const { signal } = options;
  let fetched: Awaited<ReturnType<typeof fetchText>>;
  try {
    fetched = await fetchText(url, onProgress, fetch, signal);
  } catch (error) {
    if (signal?.aborted) return cancelledLoad(name);
    throw error;
  }
  if (signal?.aborted) return cancelledLoad(name);
  if (!fetched.ok) return { ok: false, message: fetched.message, issues: [] };
  const bytes = fetched.bytes ?? new TextEncoder().encode(fetched.text);
  if (await validatedAtBuild(bytes, options.validatedDigests ?? BUILD_VALIDATED_DIGESTS)) {
    // These exact bytes passed parseDataset when the app was built, and its output equalled its
    // input (the build checks: the schema has no defaults or transforms), so the value is the
    // Dataset; being those bytes, they need no guard against hostile nesting either. Known bytes
    // are our own format: the bundled map need not wait for the format registry's code.
    const text = withoutByteOrderMark(fetched.text);
    const dataset = JSON.parse(text) as Dataset;
    noteTextFreeOfHiddenCharacters(dataset, text);
    return { ok: true, dataset };
  }
  // The format registry loads only for bytes the build did not validate: the bundled map's first
  // load neither waits for its code nor fetches it (it was fetched before the first paint, unused).
  const { isOtherToolsFile } = await import('./detectFormat');
  if (isOtherToolsFile(name, fetched.bytes ?? fetched.text)) return importOther(name, fetched.bytes ?? fetched.text, options);
  if (fetched.text.length <= OFF_THREAD_JSON_CHARS) return datasetFromText(fetched.text, name, url.href);
  options.onStep?.(`Reading ${name}`);
  const { datasetOffThread } = await import('./import/offThread/importOffThread');
  return datasetOffThread(fetched.text, name, url.href, signal);
}

async function importOther(name: string, content: string | Uint8Array, options: LoadOptions): Promise<LoadOutcome> {
  // Read and mapped in a worker, so a large file does not freeze the page while it loads.
  const { importOffThread } = await import('./import/offThread/importOffThread');
  const outcome = await importOffThread([{ name, content }], { ...(options.onStep ? { onProgress: options.onStep } : {}), ...(options.signal ? { signal: options.signal } : {}) });
  if (outcome === 'cancelled') return cancelledLoad(name);
  if (!outcome.ok) return { ok: false, message: outcome.message, issues: outcome.issues };
  return { ok: true, dataset: outcome.dataset };
}
