import type { Dataset } from '../../model';
import { readGrantsFile } from '../../io/grants/readGrantsFile';
import { suggestTags, type GrantTagging } from '../../analysis/grants/grantTagging';
import type { GrantsReadResult } from '../../io/grants/grant';

export interface ReadAndTagged {
  result: GrantsReadResult;
  /** One per grant, in the file's order; null when the file could not be read. */
  taggings: GrantTagging[] | null;
}

/** Reading and tagging, the same on either thread. */
export async function readAndTagHere(fileName: string, bytes: Uint8Array, dataset: Dataset): Promise<ReadAndTagged> {
  const result = await readGrantsFile(fileName, bytes);
  return { result, taggings: result.ok ? result.file.grants.map((g) => suggestTags(g, dataset)) : null };
}

/**
 * Off the main thread where the browser has workers: parsing a 6,000-grant file and matching every
 * grant's words took close to a second in one task, which froze the page; in a worker the page
 * keeps answering. Without workers (tests, old browsers) the same work runs here.
 */
export function readAndTag(fileName: string, bytes: Uint8Array, dataset: Dataset): Promise<ReadAndTagged> {
  if (typeof Worker === 'undefined') return readAndTagHere(fileName, bytes, dataset);
  return new Promise((resolve) => {
    const worker = new Worker(new URL('./grantsWorker.ts', import.meta.url), { type: 'module', name: 'grants reader' });
    const done = (outcome: ReadAndTagged) => {
      worker.terminate();
      resolve(outcome);
    };
    worker.onmessage = (event: MessageEvent<ReadAndTagged>) => done(event.data);
    worker.onerror = () => {
      worker.terminate();
      resolve(readAndTagHere(fileName, bytes, dataset));
    };
    worker.postMessage({ fileName, bytes, dataset });
  });
}
