import type { RecordFormProps } from '../RecordSection';
import { CitationsField } from './CitationsField';
import { TextField } from './TextField';
import { VocabularySelect } from './VocabularySelect';

export function FactorForm({ draft, dataset, issues, onChange }: RecordFormProps<'factors'>) {
  const err = (field: string) => issues.byField.get(field);
  const v = dataset.vocabularies;
  return (
    <>
      <TextField label="Label" value={draft.label} {...(err('label') ? { error: err('label')! } : {})} onChange={(label) => onChange({ ...draft, label })} />
      <VocabularySelect label="Domain" value={draft.domain} entries={v.domains} {...(err('domain') ? { error: err('domain')! } : {})} onChange={(domain) => onChange({ ...draft, domain })} />
      <VocabularySelect label="Stage" value={draft.stage} entries={v.stages} {...(err('stage') ? { error: err('stage')! } : {})} onChange={(stage) => onChange({ ...draft, stage })} />
      <TextField label="Description" multiline value={draft.description} {...(err('description') ? { error: err('description')! } : {})} onChange={(description) => onChange({ ...draft, description })} />
      <CitationsField path="citations" citations={draft.citations} sources={dataset.sources} issues={issues} onChange={(citations) => onChange({ ...draft, citations })} />
    </>
  );
}
