import { Field } from './Field';

interface Props {
  label: string;
  value: string;
  error?: string;
  multiline?: boolean;
  hint?: string;
  onChange(value: string): void;
}

export function TextField({ label, value, error, multiline, hint, onChange }: Props) {
  return (
    <Field label={label} {...(error ? { error } : {})} {...(hint ? { hint } : {})}>
      {(control) =>
        multiline ? (
          <textarea {...control} rows={3} value={value} onChange={(e) => onChange(e.target.value)} />
        ) : (
          <input {...control} value={value} onChange={(e) => onChange(e.target.value)} />
        )
      }
    </Field>
  );
}
