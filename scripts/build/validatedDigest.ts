import { createHash } from 'node:crypto';
import { isDeepStrictEqual } from 'node:util';
import { formatIssue, parseDataset } from '../../src/model';
import { readJsonText } from '../../src/io/readJsonText';

export type BuildCheck =
  | { ok: true; digest: string | null; reason?: string }
  | { ok: false; message: string };

/**
 * What the build does with the bundled dataset's bytes (vite.config.ts): reads them as the page
 * does (readJsonText) and validates them with the real parseDataset. A broken file is an error with
 * every located problem; a valid one gives the SHA-256 the page looks for (src/io/validatedDigests.ts),
 * but only when parseDataset returns exactly what it read, so the raw JSON may stand for the Dataset.
 */
export async function checkBundledDataset(file: string, bytes: Uint8Array): Promise<BuildCheck> {
  const json = await readJsonText(new TextDecoder().decode(bytes));
  if (!json.ok) return { ok: false, message: `${file} is ${json.message}.` };
  const parsed = parseDataset(json.value);
  if (!parsed.ok) {
    const n = parsed.issues.length;
    return { ok: false, message: `${file} is not a valid dataset: ${n} problem${n === 1 ? '' : 's'} found. Fix ${n === 1 ? 'it' : 'them'} and build again:\n${parsed.issues.map((issue) => `  ${formatIssue(issue)}`).join('\n')}` };
  }
  if (!isDeepStrictEqual(parsed.dataset, json.value)) {
    return { ok: true, digest: null, reason: `${file}: parseDataset changes what it reads (a default or transform in the schema), so the page validates it in the browser.` };
  }
  return { ok: true, digest: createHash('sha256').update(bytes).digest('hex') };
}
