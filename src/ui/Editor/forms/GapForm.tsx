import type { RecordFormProps } from '../RecordSection';
import { CitationsField } from './CitationsField';
import { FactorListField } from './FactorListField';
import { TextField } from './TextField';

/** An evidence gap: the question the sources want tested, the factors it concerns, and who asks it. */
export function GapForm({ draft, dataset, issues, onChange }: RecordFormProps<'gaps'>) {
  const err = (field: string) => issues.byField.get(field);
  return (
    <>
      <TextField
        label="Question"
        multiline
        hint="What the sources say is not yet known, as a question a study could answer."
        value={draft.question}
        {...(err('question') ? { error: err('question')! } : {})}
        onChange={(question) => onChange({ ...draft, question })}
      />
      <FactorListField legend="Factors the question concerns" path="factors" itemNoun="Factor" value={draft.factors} factors={dataset.factors} issues={issues} onChange={(factors) => onChange({ ...draft, factors })} />
      <CitationsField path="citations" citations={draft.citations} sources={dataset.sources} issues={issues} onChange={(citations) => onChange({ ...draft, citations })} />
    </>
  );
}
