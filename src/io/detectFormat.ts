import { withoutByteOrderMark } from './byteOrderMark';
import { bytesOf, type FileContent } from './fileContent';
import type { FileStart, FormatEntry } from './formats/formatEntry';
import { READ_FORMATS, type ImportFormat, type JsonFormat } from './formats/registry';

/**
 * Which reader a file needs, by its name or, failing that, its first bytes: one rule for the file
 * picker, drag-and-drop and `?data=`, read from the format registry (formats/registry.ts). Kept
 * apart from the importer so the first load can ask "is this another tool's file?" without
 * downloading the importer to answer it.
 */

/** What detectFormat can tell without parsing: JSON (ours or Kumu's, told apart once parsed by jsonFlavour) or another tool's format. */
export type DetectedFormat = Exclude<ImportFormat, JsonFormat> | 'json';

const detectedAs = (format: FormatEntry): DetectedFormat => (format.json ? 'json' : (format.id as DetectedFormat));

/** The format a file name promises, if its extension is one the map reads. */
export function formatByName(name: string): DetectedFormat | undefined {
  const lower = name.toLowerCase();
  const format = READ_FORMATS.find((f) => f.extensions.some((extension) => lower.endsWith(`.${extension}`)));
  return format && detectedAs(format);
}

const extensionOf = (name: string) => /\.([a-z0-9]+)$/i.exec(name)?.[1]?.toLowerCase();

/** The first characters as text, without a byte-order mark or leading space, and the bytes. */
function startOf(content: FileContent): FileStart {
  const bytes = bytesOf(content);
  const text = bytes ? new TextDecoder().decode(bytes.slice(0, 2000)) : content.toString().slice(0, 2000);
  return { text: withoutByteOrderMark(text).trimStart(), bytes };
}

/** The format the content shows, if any reader recognises it. */
const formatByContent = (start: FileStart) => READ_FORMATS.find((f) => f.recognise?.(start));

/** The importer's rule: the name's extension first, then the content; undefined when no reader fits. */
export function detectFormat(name: string, content: FileContent): DetectedFormat | undefined {
  const byName = formatByName(name);
  if (byName) return byName;
  const start = startOf(content);
  const byContent = formatByContent(start);
  if (byContent) return detectedAs(byContent);
  // Markup no reader recognises (a web page) is not a table, whatever its name.
  if (start.text.startsWith('<')) return undefined;
  const extension = extensionOf(name);
  const plainText = READ_FORMATS.find((f) => f.plainText);
  return plainText && (extension === 'txt' || extension === undefined) ? detectedAs(plainText) : undefined;
}

/**
 * Whether a fetched file is another tool's (CSV, XLSX, GEXF, GraphML), for `?data=`: by its name,
 * or by content that can only be one (a zip, a GEXF or GraphML root) whatever its name says.
 * Anything else is read as JSON, so a broken dataset still gets our located JSON errors.
 */
export function isOtherToolsFile(name: string, content: FileContent): boolean {
  const byName = formatByName(name);
  if (byName !== undefined && byName !== 'json') return true;
  const byContent = formatByContent(startOf(content));
  return byContent !== undefined && !byContent.json;
}
