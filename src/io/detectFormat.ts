/**
 * Which reader a file needs, by its name or, failing that, its first bytes: one rule for the file
 * picker, drag-and-drop and `?data=`. Kept apart from the importer so the first load can ask
 * "is this another tool's file?" without downloading the importer to answer it.
 */

export type ImportFormat = 'dataset-json' | 'kumu-json' | 'csv' | 'xlsx' | 'gexf' | 'graphml';

/** What detectFormat can tell without parsing: JSON (ours or Kumu's, told apart once parsed) or another tool's format. */
export type DetectedFormat = Exclude<ImportFormat, 'dataset-json' | 'kumu-json'> | 'json';

type Content = string | ArrayBuffer | Uint8Array;

const bytesOf = (content: Content) => (typeof content === 'string' ? undefined : content instanceof Uint8Array ? content : new Uint8Array(content));

/** The format a file name promises, if its extension is one the map reads. */
export function formatByName(name: string): DetectedFormat | undefined {
  const extension = extensionOf(name);
  if (extension === 'json') return 'json';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  if (extension === 'xlsx' || extension === 'gexf' || extension === 'graphml') return extension;
  return undefined;
}

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();

/** "PK": a zip, as .xlsx files are. */
const isZip = (bytes: Uint8Array | undefined) => bytes !== undefined && bytes[0] === 0x50 && bytes[1] === 0x4b;

/** The first characters as text, without a byte-order mark or leading space. */
function startOf(content: Content): string {
  const bytes = bytesOf(content);
  const text = bytes ? new TextDecoder().decode(bytes.slice(0, 2000)) : content.toString().slice(0, 2000);
  return text.replace(/^\uFEFF/, '').trimStart();
}

/** GEXF or GraphML by their root element (after any XML declaration). */
function xmlGraphFormat(start: string): 'gexf' | 'graphml' | undefined {
  if (!start.startsWith('<')) return undefined;
  return /<gexf[\s>]/.test(start) ? 'gexf' : /<graphml[\s>]/.test(start) ? 'graphml' : undefined;
}

/** The importer's rule: the name's extension first, then the content; undefined when no reader fits. */
export function detectFormat(name: string, content: Content): DetectedFormat | undefined {
  const byName = formatByName(name);
  if (byName) return byName;
  if (isZip(bytesOf(content))) return 'xlsx';
  const start = startOf(content);
  if (start.startsWith('{')) return 'json';
  if (start.startsWith('<')) return xmlGraphFormat(start);
  const extension = extensionOf(name);
  return extension === 'txt' || extension === undefined ? 'csv' : undefined;
}

/**
 * Whether a fetched file is another tool's (CSV, XLSX, GEXF, GraphML), for `?data=`: by its name,
 * or by content that can only be one (a zip, a GEXF or GraphML root) whatever its name says.
 * Anything else is read as JSON, so a broken dataset still gets our located JSON errors.
 */
export function isOtherToolsFile(name: string, content: Content): boolean {
  const byName = formatByName(name);
  if (byName !== undefined && byName !== 'json') return true;
  return isZip(bytesOf(content)) || xmlGraphFormat(startOf(content)) !== undefined;
}
