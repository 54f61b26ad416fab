import type { Dataset } from '../../model';
import { readAndTag } from './readAndTag';
import { fetchText } from '../../io/fetchText';
import { useGrantsStore } from './grantsStore';

/** Reads a funder's file (picker or drop) into the store, or shows where it is broken. */
export async function loadGrantsBytes(fileName: string, bytes: Uint8Array, dataset: Dataset): Promise<boolean> {
  const store = useGrantsStore.getState();
  store.setLoading(fileName);
  const { result, taggings } = await readAndTag(fileName, bytes, dataset);
  if (!result.ok) {
    store.setProblems({ fileName, problems: result.problems });
    return false;
  }
  const funders = [...new Set(result.file.grants.map((g) => g.funderName))].sort();
  store.addFile({ fileName, grants: result.file.grants, funders, taggings: taggings && { dataset, taggings } });
  return true;
}

export async function loadGrantsFile(file: File, dataset: Dataset): Promise<boolean> {
  return loadGrantsBytes(file.name, new Uint8Array(await file.arrayBuffer()), dataset);
}

/**
 * `?grants=<address>`: a published 360Giving file, fetched by the browser with no cookies or
 * referrer (the same guard and size limit as `?data=`). Only http and https are opened.
 */
export async function loadGrantsAddress(address: string, pageUrl: string, dataset: Dataset): Promise<boolean> {
  const store = useGrantsStore.getState();
  let url: URL;
  try {
    url = new URL(address.trim(), pageUrl);
  } catch {
    url = new URL('about:blank');
  }
  const name = decodeURIComponent(url.pathname.split('/').pop() || url.hostname || address);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    store.setProblems({ fileName: address.slice(0, 200), problems: [{ file: address.slice(0, 200), message: 'the grants address is not an http:// or https:// address, so it was not opened' }] });
    return false;
  }
  store.setLoading(name);
  const fetched = await fetchText(url, () => undefined);
  if (!fetched.ok) {
    store.setProblems({ fileName: name, problems: [{ file: url.href, message: fetched.message }] });
    return false;
  }
  return loadGrantsBytes(name, fetched.bytes ?? new TextEncoder().encode(fetched.text), dataset);
}
