/** Fetches text with progress, refusing files too large to be a dataset (a guard against hostile input). */
export const MAX_DATASET_BYTES = 25 * 1024 * 1024;

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
): Promise<FetchTextResult> {
  let response: Response;
  try {
    response = await fetchImpl(url, { credentials: 'omit' });
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
  if (total !== null && total > MAX_DATASET_BYTES) return tooLarge(url, total);
  if (!response.body) return { ok: true, text: await response.text() };
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
      return tooLarge(url, loaded);
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

function tooLarge(url: URL, bytes: number): FetchTextResult {
  const mb = (n: number) => `${(n / 1024 / 1024).toFixed(1)} MB`;
  return { ok: false, message: `${url.href} is larger than ${mb(MAX_DATASET_BYTES)} (at least ${mb(bytes)}), too large to be a dataset for this map.` };
}
