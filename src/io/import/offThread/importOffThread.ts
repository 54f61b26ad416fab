import type { ImportInput } from '../importFile';
import type { ImportOutcome } from '../importReport';
import type { ImportProgress } from '../importLimits';
import { cancelledLoad, type LoadOutcome } from '../../datasetFromText';
import type { ImportReply, OffThreadRequest } from './importProtocol';

export interface OffThreadOptions {
  onProgress?: ImportProgress;
  /** Aborting ends the import where it is: its worker is stopped and nothing comes back. */
  signal?: AbortSignal;
  today?: string;
}

export const CANCELLED = 'cancelled' as const;

const asTransferable = (content: ImportInput['content']): ArrayBuffer | string => {
  if (typeof content === 'string' || content instanceof ArrayBuffer) return content;
  return content.buffer.slice(content.byteOffset, content.byteOffset + content.byteLength) as ArrayBuffer;
};

/**
 * Runs one request in the import worker (importWorker.ts), so the page answers while a file is
 * read, mapped and validated, hears progress, and can cancel; where there are no workers (tests
 * under Node), `inThread` does the same work here. Nothing is applied here: a cancelled import
 * leaves the map and any edit as they were.
 */
async function offThread<T extends ImportOutcome | LoadOutcome>(
  request: OffThreadRequest,
  transfer: Transferable[],
  names: string,
  options: OffThreadOptions,
  inThread: () => Promise<T>,
): Promise<T | typeof CANCELLED> {
  if (options.signal?.aborted) return CANCELLED;
  if (typeof Worker === 'undefined') {
    const outcome = await inThread();
    return options.signal?.aborted ? CANCELLED : outcome;
  }
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
  return new Promise((resolve) => {
    const finish = (result: T | typeof CANCELLED) => {
      worker.terminate();
      options.signal?.removeEventListener('abort', cancel);
      resolve(result);
    };
    const cancel = () => finish(CANCELLED);
    options.signal?.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
      if (event.data.type === 'progress') options.onProgress?.(event.data.message);
      else finish(event.data.outcome as T);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const expected = `a readable file (the reader stopped: ${(event.message || 'it ran out of memory or crashed').slice(0, 200)})`;
      finish({ ok: false, message: `${names} could not be read.`, issues: [{ record: names, field: '', expected }] } as T);
    });
    worker.postMessage(request, transfer);
  });
}

/** Imports files (any format the map reads) off the main thread; the importer's own outcome. */
export function importOffThread(files: ImportInput[], options: OffThreadOptions = {}): Promise<ImportOutcome | typeof CANCELLED> {
  const today = options.today ? { today: options.today } : {};
  const request: OffThreadRequest = { type: 'import', files: files.map((f) => ({ name: f.name, content: asTransferable(f.content) })), ...today };
  const transfer = request.files.flatMap((f) => (typeof f.content === 'string' ? [] : [f.content]));
  return offThread(request, transfer, files.map((f) => f.name).join(' and '), options, async () => {
    const { importFiles } = await import('../importFile');
    return importFiles(files, { ...today, ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
  });
}

/** A large JSON file's text read and validated as a dataset off the main thread (see datasetFromText). */
export async function datasetOffThread(text: string, name: string, href: string, signal?: AbortSignal): Promise<LoadOutcome> {
  const outcome = await offThread({ type: 'dataset', text, name, href }, [], name, signal ? { signal } : {}, async () => {
    const { datasetFromText } = await import('../../datasetFromText');
    return datasetFromText(text, name, href);
  });
  return outcome === CANCELLED ? cancelledLoad(name) : outcome;
}
