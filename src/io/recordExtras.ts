import type { z } from 'zod';
import { datasetSchema } from '../model';

/**
 * The record fields the import/export mapping has no named attribute for (a link's `openQuestion`,
 * and whatever the schema gains later) ride as attributes under their own names, written the way
 * other tools write attribute names ("open question"), and are read back by the schema itself:
 * an attribute counts as a field only when it validates as that field. So a field added to the
 * schema survives every round trip without a line here.
 */

type Shape = Record<string, z.ZodType>;
type Attributes = Record<string, unknown>;

const shapes = datasetSchema.shape;
const interventionShape = shapes.interventions.element.shape as unknown as Shape;

export interface RecordKind {
  shape: Shape;
  /** Fields the mapping writes and reads under names of its own. */
  mapped: ReadonlySet<string>;
  /** Put before each attribute name, for fields of a nested object (`evidence …`). */
  prefix: string;
}

const kind = (shape: unknown, mapped: string[], prefix = ''): RecordKind => ({ shape: shape as Shape, mapped: new Set(mapped), prefix });

export const RECORD_KINDS = {
  factor: kind(shapes.factors.element.shape, ['id', 'label', 'domain', 'stage', 'description', 'citations']),
  link: kind(shapes.links.element.shape, ['id', 'from', 'to', 'polarity', 'basis', 'description', 'citations']),
  intervention: kind(interventionShape, ['id', 'label', 'type', 'domain', 'stages', 'description', 'targets', 'evidence', 'scale', 'examples']),
  evidence: kind((interventionShape.evidence as unknown as { shape: Shape }).shape, ['strength', 'summary', 'citations'], 'evidence '),
  target: kind((interventionShape.targets as unknown as { element: { shape: Shape } }).element.shape, ['factor', 'effect']),
} as const;

/** `openQuestion` → `open question`: lower-case words, as the readers normalise attribute names. */
export const attributeNameOf = (field: string): string => field.replace(/([a-z0-9])([A-Z])/g, '$1 $2').toLowerCase();

/** The record's fields that have no named attribute, as attributes (strings as they are, the rest as JSON text). */
export function extraAttributes(record: object, kind: RecordKind): Attributes {
  const attributes: Attributes = {};
  for (const [field, value] of Object.entries(record)) {
    if (kind.mapped.has(field) || value === undefined) continue;
    attributes[kind.prefix + attributeNameOf(field)] = typeof value === 'string' ? value : JSON.stringify(value);
  }
  return attributes;
}

/**
 * The schema fields found among a file's attributes, each validated by its own field schema
 * (as written, else as JSON text), with the attribute names they used so these are not reported as unknown.
 */
export function readExtraFields(attributes: Attributes, kind: RecordKind): { fields: Record<string, unknown>; used: Set<string> } {
  const fields: Record<string, unknown> = {};
  const used = new Set<string>();
  for (const [field, schema] of Object.entries(kind.shape)) {
    if (kind.mapped.has(field)) continue;
    const name = kind.prefix + attributeNameOf(field);
    const value = attributes[name];
    if (value === undefined || value === null || value === '') continue;
    const parsed = parseField(schema, value);
    if (parsed.ok) {
      fields[field] = parsed.value;
      used.add(name);
    }
  }
  return { fields, used };
}

function parseField(schema: z.ZodType, value: unknown): { ok: true; value: unknown } | { ok: false } {
  const direct = schema.safeParse(value);
  if (direct.success) return { ok: true, value: direct.data };
  if (typeof value !== 'string') return { ok: false };
  try {
    const fromJson = schema.safeParse(JSON.parse(value));
    return fromJson.success ? { ok: true, value: fromJson.data } : { ok: false };
  } catch {
    return { ok: false };
  }
}
