import { READ_FORMATS } from './registry';

/** What the picker, its help text and the importer's refusals say about the formats, from the registry. */

const either = (words: readonly string[]) => new Intl.ListFormat('en-GB', { type: 'disjunction' }).format(words);
const unique = (items: readonly string[]) => [...new Set(items)];

/** The file input's `accept`: every extension a reader takes (".kumu.json" is ".json") and their media types. */
export const ACCEPTED_FILES = unique([
  ...READ_FORMATS.flatMap((f) => [...f.extensions, ...(f.contentExtensions ?? [])]).map((extension) => `.${extension.split('.').pop()}`),
  ...READ_FORMATS.map((f) => f.mediaType),
]).join(',');

/** "Our dataset JSON, a Kumu JSON export or blueprint, … or XLSX." */
export const READABLE_FORMATS = (() => {
  const sentence = either(READ_FORMATS.map((f) => f.reads!));
  return `${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
})();

/** Why a file is refused when no reader fits it. */
export const NOT_READ = `its format is not one this map reads: use ${either(READ_FORMATS.map((f) => f.label))}`;

/** Why several files are refused when their format is read one file at a time. */
export const NOT_READ_TOGETHER = `only ${either(READ_FORMATS.filter((f) => f.readsTogether).map((f) => `${f.label} files`))} are read together (${either(
  READ_FORMATS.flatMap((f) => (f.readsTogether ? [f.readsTogether] : [])),
)}): open the others one at a time`;
