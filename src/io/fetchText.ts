import { MAX_DATASET_BYTES, tooLargeMessage } from './sizeLimit';

/** Fetches text with progress, refusing files too large to be a dataset (a guard against hostile input). */
export { MAX_DATASET_BYTES };

export interface Progress {
  loaded: number;
  total: number | null;
}

/** The text, and the bytes it was decoded from (a spreadsheet is read from its bytes). */
export type FetchTextResult = { ok: true; text: string; bytes?: Uint8Array } | { ok: false; message: string };

export async function fetchText(
  url: URL,
  onProgress: (progress: Progress) => void,
  fetchImpl: typeof fetch = fetch,
  signal?: AbortSignal,
): Promise<FetchTextResult> {
  let response: Response;
  try {
    // No Referer, and no cookies to another host: the dataset's host learns nothing of the page or
    // the view. Same-origin credentials (not 'omit') match the page's preload of its own dataset
    // (index.html), so that one download is used rather than made twice.
    response = await fetchImpl(url, { credentials: 'same-origin', referrerPolicy: 'no-referrer', ...(signal ? { signal } : {}) });
  } catch (error) {
    return {
      ok: false,
      message: `Could not reach ${url.href} (${(error as Error).message}). Check the address and your connection, that the server allows this site to read it (CORS), and, if this page is https, that the address is https too: browsers block http files on https pages.`,
    };
  }
  if (!response.ok) {
    return { ok: false, message: `${url.href} answered ${response.status} ${response.statusText}. Check the address.` };
  }
  const header = Number(response.headers.get('content-length'));
  const total = Number.isFinite(header) && header > 0 ? header : null;
  if (total !== null && total > MAX_DATASET_BYTES) {
    await response.body?.cancel();
    return tooLarge(url, total, false);
  }
  if (!response.body) {
    const text = await response.text();
    const size = new TextEncoder().encode(text).byteLength;
    return size > MAX_DATASET_BYTES ? tooLarge(url, size, false) : { ok: true, text };
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let loaded = 0;
  onProgress({ loaded, total });
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    loaded += value.byteLength;
    if (loaded > MAX_DATASET_BYTES) {
      await reader.cancel();
      return tooLarge(url, loaded, true);
    }
    onProgress({ loaded, total });
  }
  const bytes = new Uint8Array(loaded);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, text: new TextDecoder().decode(bytes), bytes };
}

function tooLarge(url: URL, bytes: number, atLeast: boolean): FetchTextResult {
  return { ok: false, message: tooLargeMessage(url.href, bytes, atLeast) };
}
