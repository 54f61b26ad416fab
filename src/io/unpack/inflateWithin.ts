import { Inflate, Unzlib } from 'fflate';

/**
 * Inflating with a budget. A compressed stream can unpack a thousand times larger than itself (a
 * 1 MB XLSX to 1 GiB, a 1.4 MB story link to 1.4 GB), so no stream is inflated whole and measured
 * after: it is fed to fflate's streaming inflater a little at a time, the output is counted as it
 * arrives, and inflating stops as soon as the count passes the limit. Deflate's ratio is bounded
 * near 1:1032, so a push of `limit / 1032` bytes (between 512 bytes and 4 kB) produces at most
 * about the limit again: memory and time stay bounded by the limit, not by the stream.
 */

const MAX_RATIO = 1032;
const chunkFor = (limit: number) => Math.max(512, Math.min(4096, Math.floor(limit / MAX_RATIO)));

export type Inflated = { ok: true; bytes: Uint8Array } | { ok: false; tooLarge: true } | { ok: false; tooLarge: false; damaged: string };

/** Joins collected chunks into one array. */
export function joinChunks(chunks: Uint8Array[], size: number): Uint8Array {
  if (chunks.length === 1) return chunks[0]!;
  const out = new Uint8Array(size);
  let at = 0;
  for (const chunk of chunks) {
    out.set(chunk, at);
    at += chunk.length;
  }
  return out;
}

interface Stream {
  ondata: (data: Uint8Array, final: boolean) => void;
  push(chunk: Uint8Array, final?: boolean): void;
}

function inflateStream(stream: Stream, data: Uint8Array, limit: number): Inflated {
  const chunks: Uint8Array[] = [];
  let size = 0;
  let over = false;
  let ended = false;
  stream.ondata = (chunk, final) => {
    size += chunk.length;
    if (size > limit) over = true;
    else if (chunk.length > 0) chunks.push(chunk);
    if (final) ended = true;
  };
  const chunk = chunkFor(limit);
  try {
    for (let at = 0; !over && (at < data.length || at === 0); at += chunk) stream.push(data.subarray(at, at + chunk), at + chunk >= data.length);
  } catch (error) {
    return { ok: false, tooLarge: false, damaged: error instanceof Error ? error.message : String(error) };
  }
  if (over) return { ok: false, tooLarge: true };
  if (!ended) return { ok: false, tooLarge: false, damaged: 'the compressed data ends early' };
  return { ok: true, bytes: joinChunks(chunks, size) };
}

/** A zlib stream (as a story link carries), inflated to at most `limit` bytes. */
export function unzlibWithin(data: Uint8Array, limit: number): Inflated {
  return inflateStream(new Unzlib() as Stream, data, limit);
}

/** A raw deflate stream (as a zip entry holds), inflated to at most `limit` bytes. */
export function inflateWithin(data: Uint8Array, limit: number): Inflated {
  return inflateStream(new Inflate() as Stream, data, limit);
}
