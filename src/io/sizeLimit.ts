/**
 * The largest file opened as a dataset or story, by any way in (`?data=`, `?story=`, a file picker,
 * the command-line validator). Checked before a byte is parsed, so a file made to exhaust memory or
 * freeze the page is refused with a message instead. The bundled dataset is 0.43 MB; a dataset 47
 * times larger (20 MB, 2,500 factors with long descriptions) still parses and validates in about
 * a second (`npm run corpus` measures it); beyond that a map is unreadable anyway.
 */
export const MAX_DATASET_BYTES = 20 * 1024 * 1024;

export function megabytes(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
}

/** Whether a file of this many bytes may be opened. */
export function withinSizeLimit(bytes: number): boolean {
  return bytes <= MAX_DATASET_BYTES;
}

/** The one message for a file over the limit, wherever it came from (a file name or an address). */
export function tooLargeMessage(where: string, bytes: number, atLeast = false): string {
  return `${where} is ${atLeast ? 'at least ' : ''}${megabytes(bytes)} (${bytes.toLocaleString('en-GB')} bytes), over this map's limit of ${megabytes(MAX_DATASET_BYTES)} for a dataset or story file, so it was not opened. No dataset needs this much; check that it is the right file, or split it.`;
}
