import { loopKind } from '../../../analysis';
import { plural, type Dataset } from '../../../model';
import type { RecordFormProps } from '../RecordSection';
import { FactorListField } from './FactorListField';
import { TextField } from './TextField';

/** What the steps make, in words: the links missing between them, or the kind of loop they close. */
function loopReading(factors: string[], dataset: Dataset): string {
  if (factors.length < 2) return 'A loop needs at least two factors.';
  const labelOf = (id: string) => dataset.factors.find((f) => f.id === id)?.label ?? id;
  const missing: string[] = [];
  let negatives = 0;
  factors.forEach((from, i) => {
    const to = factors[(i + 1) % factors.length]!;
    const link = dataset.links.find((l) => l.from === from && l.to === to);
    if (!link) missing.push(`${labelOf(from)} → ${labelOf(to)}`);
    else if (link.polarity === '-') negatives++;
  });
  if (missing.length > 0) return `No link yet for ${missing.join(', ')}: a loop follows links in order, back to its first factor.`;
  return `These steps close a ${loopKind(negatives)} loop (${plural(negatives, 'negative link')}).`;
}

/** A named loop: its name, what it means, and its factors in the order the links run, back to the first. */
export function LoopForm({ draft, dataset, issues, onChange }: RecordFormProps<'loops'>) {
  const err = (field: string) => issues.byField.get(field);
  return (
    <>
      <TextField label="Name" value={draft.name} {...(err('name') ? { error: err('name')! } : {})} onChange={(name) => onChange({ ...draft, name })} />
      <TextField label="Description" multiline value={draft.description} {...(err('description') ? { error: err('description')! } : {})} onChange={(description) => onChange({ ...draft, description })} />
      <FactorListField legend="Steps, in the order the links run" path="factors" itemNoun="Step" ordered value={draft.factors} factors={dataset.factors} issues={issues} onChange={(factors) => onChange({ ...draft, factors })} />
      <p className="field-hint" role="status">
        {loopReading(draft.factors, dataset)}
      </p>
    </>
  );
}
