import type { Dataset, DatasetIssue } from '../../model';
import { RECORD_KINDS, type RecordKind } from '../recordExtras';
import type { ImportReport } from './importReport';

const KIND_OF: Record<string, RecordKind | undefined> = {
  factors: RECORD_KINDS.factor,
  links: RECORD_KINDS.link,
  interventions: RECORD_KINDS.intervention,
};

/**
 * A field carried without a named attribute (see recordExtras) can name a record the file could
 * not carry: a link's `openQuestion` names a gap, and a spreadsheet has no gaps. Such a field is
 * left out and reported, rather than refusing the whole import; problems in fields the mapping
 * owns are left for parseDataset to report. Returns whether anything was left out.
 */
export function dropUnplacedExtras(candidate: Dataset, issues: DatasetIssue[], report: ImportReport): boolean {
  let dropped = false;
  for (const issue of issues) {
    const at = /^(factors|links|interventions)\[(\d+)\]/.exec(issue.record);
    const kind = at ? KIND_OF[at[1]!] : undefined;
    if (!at || !kind) continue;
    const record = (candidate[at[1] as 'factors' | 'links' | 'interventions'] as unknown as Record<string, unknown>[])[Number(at[2])];
    if (!record) continue;
    const [field, inner] = issue.field.split(/[.[]/);
    if (field && !kind.mapped.has(field) && field in record) {
      delete record[field];
    } else if (field === 'evidence' && inner && !RECORD_KINDS.evidence.mapped.has(inner) && typeof record.evidence === 'object' && record.evidence !== null && inner in record.evidence) {
      delete (record.evidence as Record<string, unknown>)[inner];
    } else continue;
    dropped = true;
    report.notMapped.push({ where: issue.record, message: `its ${issue.field} was left out: expected ${issue.expected}, and the file does not carry it.` });
  }
  return dropped;
}
