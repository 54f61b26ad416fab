import { SOURCE_KINDS, type Source } from '../../../model';
import type { RecordFormProps } from '../RecordSection';
import { Field } from './Field';
import { TextField } from './TextField';

type Optional = 'publisher' | 'author' | 'date' | 'url' | 'file';

const OPTIONAL: { field: Optional; label: string; hint?: string }[] = [
  { field: 'publisher', label: 'Publisher (as the document states it)' },
  { field: 'author', label: 'Author' },
  { field: 'date', label: 'Date', hint: 'YYYY, YYYY-MM or YYYY-MM-DD' },
  { field: 'url', label: 'Web address', hint: 'starting with http:// or https://' },
  { field: 'file', label: 'Text file (for quote checking)', hint: 'a file name in sources/, ending in .txt' },
];

/** A source: what it is, who wrote it and why (the caveat), and where to find it. Empty optional fields are left out. */
export function SourceForm({ draft, issues, onChange }: RecordFormProps<'sources'>) {
  const err = (field: string) => issues.byField.get(field);
  const setOptional = (field: Optional, value: string) => {
    const next: Source = { ...draft, [field]: value };
    if (value === '') delete next[field];
    onChange(next);
  };
  return (
    <>
      <TextField label="Title" value={draft.title} {...(err('title') ? { error: err('title')! } : {})} onChange={(title) => onChange({ ...draft, title })} />
      <Field label="Kind" {...(err('kind') ? { error: err('kind')! } : {})}>
        {(control) => (
          <select {...control} value={draft.kind} onChange={(e) => onChange({ ...draft, kind: e.target.value as Source['kind'] })}>
            {SOURCE_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {kind}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField label="Caveat: what a reader should weigh" multiline value={draft.caveat} {...(err('caveat') ? { error: err('caveat')! } : {})} onChange={(caveat) => onChange({ ...draft, caveat })} />
      {OPTIONAL.map(({ field, label, hint }) => (
        <TextField key={field} label={label} value={draft[field] ?? ''} {...(hint ? { hint } : {})} {...(err(field) ? { error: err(field)! } : {})} onChange={(value) => setOptional(field, value)} />
      ))}
    </>
  );
}
