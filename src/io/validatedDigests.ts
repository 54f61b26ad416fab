/**
 * The build validates the bundled dataset with the real parseDataset (vite.config.ts: a broken
 * file fails the build with its located errors) and records the SHA-256 of its exact bytes here.
 * A fetched file with one of these digests is those same bytes, already judged valid, so the first
 * visit need not download the validator (zod) to judge them again. Any other file, a single
 * changed byte, the dev server (where a researcher edits the file: no digests there) or a browser
 * without Web Crypto gets the full validation, exactly as strict as before.
 */

declare global {
  interface ImportMetaEnv {
    /** Comma-separated SHA-256 digests (hex) of dataset files the build validated; set by vite.config.ts. */
    readonly BUILD_VALIDATED_DATASETS?: string;
  }
}

// Node scripts (npm run layout, validate) read this module without Vite, so without import.meta.env.
const recorded = typeof import.meta.env === 'undefined' ? undefined : import.meta.env.BUILD_VALIDATED_DATASETS;

export const BUILD_VALIDATED_DIGESTS: readonly string[] = (recorded ?? '').split(',').filter(Boolean);

/** The SHA-256 of these bytes as hex, or null where Web Crypto is missing (an http page that is not localhost). */
export async function sha256Hex(bytes: Uint8Array): Promise<string | null> {
  const subtle = globalThis.crypto?.subtle;
  if (!subtle) return null;
  const digest = new Uint8Array(await subtle.digest('SHA-256', bytes as Uint8Array<ArrayBuffer>));
  return Array.from(digest, (b) => b.toString(16).padStart(2, '0')).join('');
}

/** Whether these exact bytes are a file the build validated in full. */
export async function validatedAtBuild(bytes: Uint8Array, digests: readonly string[]): Promise<boolean> {
  if (digests.length === 0) return false;
  const digest = await sha256Hex(bytes);
  return digest !== null && digests.includes(digest);
}
