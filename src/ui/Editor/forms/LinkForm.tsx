import type { RecordFormProps } from '../RecordSection';
import { CitationsField } from './CitationsField';
import { Field } from './Field';
import { TextField } from './TextField';
import { VocabularySelect } from './VocabularySelect';
import { EntryOptions } from '../../common/EntryOptions';

export function LinkForm({ draft, dataset, issues, onChange }: RecordFormProps<'links'>) {
  const err = (field: string) => issues.byField.get(field);
  const factors = [...dataset.factors].sort((a, b) => a.label.localeCompare(b.label));
  const gapEntries = dataset.gaps.map((g) => ({ id: g.id, label: g.question.slice(0, 80) }));
  return (
    <>
      <VocabularySelect label="From (cause)" value={draft.from} entries={factors} {...(err('from') ? { error: err('from')! } : {})} onChange={(from) => onChange({ ...draft, from })} />
      <VocabularySelect label="To (effect)" value={draft.to} entries={factors} {...(err('to') ? { error: err('to')! } : {})} onChange={(to) => onChange({ ...draft, to })} />
      <Field label="Polarity" {...(err('polarity') ? { error: err('polarity')! } : {})}>
        {(control) => (
          <select {...control} value={draft.polarity} onChange={(e) => onChange({ ...draft, polarity: e.target.value as '+' | '-' })}>
            <option value="+">+ more of the cause means more of the effect</option>
            <option value="-">− more of the cause means less of the effect</option>
          </select>
        )}
      </Field>
      <Field label="Basis" {...(err('basis') ? { error: err('basis')! } : {})}>
        {(control) => (
          <select {...control} value={draft.basis} onChange={(e) => onChange({ ...draft, basis: e.target.value as 'stated' | 'inferred' })}>
            <option value="stated">Stated: a source says so</option>
            <option value="inferred">Inferred: reasoned from the cited premises</option>
          </select>
        )}
      </Field>
      <Field label="Open question (evidence gap)" {...(err('openQuestion') ? { error: err('openQuestion')! } : {})}>
        {(control) => (
          <select
            {...control}
            value={draft.openQuestion ?? ''}
            onChange={(e) => {
              const next = { ...draft, openQuestion: e.target.value };
              if (!e.target.value) delete (next as Partial<typeof next>).openQuestion;
              onChange(next);
            }}
          >
            <option value="">None: a finding, not a question</option>
            <EntryOptions entries={gapEntries} labelOf={(g) => g.label} />
          </select>
        )}
      </Field>
      <TextField label="Description" multiline value={draft.description} {...(err('description') ? { error: err('description')! } : {})} onChange={(description) => onChange({ ...draft, description })} />
      <CitationsField path="citations" citations={draft.citations} sources={dataset.sources} issues={issues} onChange={(citations) => onChange({ ...draft, citations })} />
    </>
  );
}
