import type { Dataset } from '../model';
import { hasHiddenCharacters, visibleText } from './visibleText';

/**
 * Every text in a dataset, as it reaches the screen, with hidden characters shown by their code
 * (visibleText): a right-to-left override in a title or a factor label could otherwise reorder what
 * a reader sees on the map, in the legend and in the page header. Done once wherever a dataset
 * comes from (the bundled file, `?data=`, an import, autosaved edits), since all of them reach the
 * screen through the dataset the app shows; the fields changed are listed, for one notice.
 */
export interface RevealedText {
  dataset: Dataset;
  /** Where hidden characters were found: "meta.title", "factors[housing].label". */
  fields: string[];
}

type Node = unknown;

/**
 * Where a value sits, as a chain back to the dataset: its path is written out only for a text that
 * holds a hidden character. Writing every value's path as the walk went (each array item's id run
 * through visibleText) was most of the walk's time, on the path to the first paint.
 */
interface Trail {
  parent: Trail | null;
  key: string | number;
  item: unknown;
}

/** An array item is named by its id where it has one, so the notice points at a record a person knows. */
function step(path: string, key: string | number, item: unknown): string {
  if (typeof key === 'string') return path ? `${path}.${key}` : key;
  const id = item !== null && typeof item === 'object' && typeof (item as { id?: unknown }).id === 'string' ? (item as { id: string }).id : String(key);
  return `${path}[${visibleText(id)}]`;
}

function pathOf(trail: Trail | null): string {
  return trail ? step(pathOf(trail.parent), trail.key, trail.item) : '';
}

/** Copies only what changes: a dataset with no hidden character comes back as the same object. */
function reveal(node: Node, trail: Trail | null, fields: string[]): Node {
  if (typeof node === 'string') {
    if (!hasHiddenCharacters(node)) return node;
    fields.push(pathOf(trail));
    return visibleText(node);
  }
  if (Array.isArray(node)) {
    let copy: unknown[] | null = null;
    node.forEach((item, i) => {
      const next = reveal(item, { parent: trail, key: i, item }, fields);
      if (next !== item) (copy ??= [...node])[i] = next;
    });
    return copy ?? node;
  }
  if (node !== null && typeof node === 'object') {
    let copy: Record<string, unknown> | null = null;
    for (const key in node) {
      if (!Object.hasOwn(node, key)) continue;
      const value = (node as Record<string, unknown>)[key];
      const next = reveal(value, { parent: trail, key, item: value }, fields);
      if (next !== value) (copy ??= { ...(node as Record<string, unknown>) })[key] = next;
    }
    return copy ?? node;
  }
  return node;
}

/** Datasets read from a text that held no hidden character, nor any escape that could write one. */
const knownFree = new WeakSet<Dataset>();

/**
 * Marks a dataset just parsed from `text` as free of hidden characters when the text shows it is:
 * one scan of the file instead of a walk through every value (the bundled map's first load).
 */
export function noteTextFreeOfHiddenCharacters(dataset: Dataset, text: string): void {
  if (!hasHiddenCharacters(text) && !text.includes('\\u')) knownFree.add(dataset);
}

export function revealHiddenText(dataset: Dataset): RevealedText {
  if (knownFree.has(dataset)) return { dataset, fields: [] };
  const fields: string[] = [];
  const revealed = reveal(dataset, null, fields) as Dataset;
  return { dataset: revealed, fields };
}
