import type { Attributes } from '../formats/graphTable';
import type { Citation } from '../../model';
import type { ImportContext } from './importContext';
import { clip, jsonValueOf, longTextOf, textOf } from './importText';

/** Node attributes the importer maps to dataset fields; all others are kept as unknown attributes. */
export const NODE_FIELDS = new Set([
  'id', 'label', 'element type', 'type', 'description', 'domain', 'stage', 'stages', 'intervention type',
  'evidence strength', 'evidence summary', 'evidence citations', 'citations', 'scale', 'examples',
]);

/** Edge attributes the importer maps; a `connection type` or `type` counts only when it holds a polarity. */
export const EDGE_FIELDS = new Set(['id', 'basis', 'description', 'citations', 'effect', 'label']);

/** The attributes with no place in the dataset, leaving out empty values (Kumu writes many nulls). */
export function unknownAttributes(attributes: Attributes, known: Set<string>): Attributes {
  const kept: Attributes = {};
  for (const [name, value] of Object.entries(attributes)) {
    if (known.has(name) || value === null || value === undefined || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    kept[name] = value;
  }
  return kept;
}

/**
 * A description from the file, or words that say it gave none; with the unknown attributes
 * appended so a reader sees them in the app too (they are also in the report).
 */
export function describe(body: string, unknown: Attributes, fileName: string): string {
  const extras = Object.entries(unknown)
    .map(([name, value]) => `${name}: ${textOf(value) ?? JSON.stringify(value)}`)
    .join('; ');
  return clip(extras ? `${body}\n\nOther fields in ${fileName}: ${extras}.` : body, 4000);
}

/** Citations our exports carry as JSON; the file's own words for the record otherwise. */
export function citationsFrom(value: unknown, ownText: string, ctx: ImportContext): Citation[] {
  const parsed = jsonValueOf(value);
  if (Array.isArray(parsed) && parsed.length > 0) return parsed as Citation[];
  return [ctx.fileCitation(ownText)];
}

export const ownDescription = (attributes: Attributes): string | undefined => longTextOf(attributes.description);

export const labelOf = (attributes: Attributes, key: string): string => clip(textOf(attributes.label) ?? key, 160);

/** Text longer than the schema allows is cut rather than refused, and the report says so. */
export function noteIfCut(ctx: ImportContext, where: string, field: string, text: string | undefined, max: number): void {
  if (text !== undefined && text.length > max) ctx.report.assumed.push(`${where}: its ${field} (${text.length} characters) was cut to ${max}.`);
}
