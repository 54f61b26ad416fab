import { readJsonText } from '../readJsonText';
import { JSON_FIELDS, collectGrants, type RawGrant } from './toGrant';
import { NOT_GRANTS_MAP, isGrantsJson, looksLikeMapJson } from './recognise';
import type { GrantsReadResult } from './grant';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

/** The standard nests organisations and programmes in lists; the first is the grant's own. */
const first = (value: unknown): Record<string, unknown> => (Array.isArray(value) && isRecord(value[0]) ? value[0] : isRecord(value) ? value : {});

function rawOf(grant: unknown): RawGrant {
  const g = isRecord(grant) ? grant : {};
  const recipient = first(g.recipientOrganization);
  const funder = first(g.fundingOrganization);
  const classifications = Array.isArray(g.classifications) ? g.classifications.map((c) => (isRecord(c) ? (c.title ?? c.description) : undefined)) : [];
  return {
    id: g.id,
    title: g.title,
    description: g.description,
    amount: g.amountAwarded,
    currency: g.currency,
    awardDate: g.awardDate,
    recipient: recipient.name,
    funderId: funder.id,
    funderName: funder.name,
    programme: first(g.grantProgramme).title,
    classifications,
  };
}

/** A 360Giving JSON package: `{ "grants": [ … ] }`, with the standard's field names. */
export async function readGrantsJson(text: string, fileName: string): Promise<GrantsReadResult> {
  const parsed = await readJsonText(text);
  if (!parsed.ok) return { ok: false, problems: [{ file: fileName, message: `line ${parsed.line}, column ${parsed.column}: ${parsed.message}` }] };
  if (!isGrantsJson(parsed.value)) {
    const message = looksLikeMapJson(parsed.value) ? NOT_GRANTS_MAP : 'this is not a 360Giving file: it has no "grants" list';
    return { ok: false, problems: [{ file: fileName, message }] };
  }
  const rows = parsed.value.grants.map((grant, index) => ({ raw: rawOf(grant), row: index + 1 }));
  const result = collectGrants(rows, fileName, JSON_FIELDS);
  return result.ok ? { ok: true, file: { fileName, grants: result.grants } } : result;
}
