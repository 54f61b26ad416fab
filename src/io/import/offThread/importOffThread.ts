import type { ImportInput } from '../importFile';
import type { ImportOutcome } from '../importReport';
import type { ImportProgress } from '../importLimits';
import type { ImportReply, ImportRequest } from './importProtocol';

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
 * Imports files in a Web Worker (importWorker.ts), so the page answers while they are read and
 * mapped, hears progress, and can cancel; where there are no workers (tests under Node), in this
 * thread. Either way the outcome is the importer's own, and nothing is applied here: a cancelled
 * import leaves the map and any edit as they were.
 */
export async function importOffThread(files: ImportInput[], options: OffThreadOptions = {}): Promise<ImportOutcome | typeof CANCELLED> {
  if (options.signal?.aborted) return CANCELLED;
  if (typeof Worker === 'undefined') {
    const { importFiles } = await import('../importFile');
    const outcome = await importFiles(files, { ...(options.today ? { today: options.today } : {}), ...(options.onProgress ? { onProgress: options.onProgress } : {}) });
    return options.signal?.aborted ? CANCELLED : outcome;
  }
  const worker = new Worker(new URL('./importWorker.ts', import.meta.url), { type: 'module', name: 'import' });
  return new Promise((resolve) => {
    const finish = (result: ImportOutcome | typeof CANCELLED) => {
      worker.terminate();
      options.signal?.removeEventListener('abort', cancel);
      resolve(result);
    };
    const cancel = () => finish(CANCELLED);
    options.signal?.addEventListener('abort', cancel);
    worker.addEventListener('message', (event: MessageEvent<ImportReply>) => {
      if (event.data.type === 'progress') options.onProgress?.(event.data.message);
      else finish(event.data.outcome);
    });
    worker.addEventListener('error', (event) => {
      event.preventDefault();
      const names = files.map((f) => f.name).join(' and ');
      const expected = `a readable file (the reader stopped: ${(event.message || 'it ran out of memory or crashed').slice(0, 200)})`;
      finish({ ok: false, message: `${names} could not be read.`, issues: [{ record: names, field: '', expected }] });
    });
    const request: ImportRequest = { files: files.map((f) => ({ name: f.name, content: asTransferable(f.content) })), ...(options.today ? { today: options.today } : {}) };
    worker.postMessage(request, request.files.flatMap((f) => (typeof f.content === 'string' ? [] : [f.content])));
  });
}
