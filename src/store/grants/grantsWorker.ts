/// <reference lib="webworker" />
import type { Dataset } from '../../model';
import { readAndTagHere } from './readAndTag';

/** Reads and tags one grants file off the main thread (see readAndTag). */
self.onmessage = async (event: MessageEvent<{ fileName: string; bytes: Uint8Array; dataset: Dataset }>) => {
  const { fileName, bytes, dataset } = event.data;
  self.postMessage(await readAndTagHere(fileName, bytes, dataset));
};
