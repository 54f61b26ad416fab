import { useState } from 'react';
import type { Collection } from '../../../store/editing';
import type { RecordFormProps } from '../RecordSection';
import { parseJsonText } from '../../../io/jsonText';

/**
 * The record's fields as JSON text, for records whose fields are few and plain (sources, gaps,
 * named loops). Saved through the same validated path; each problem is listed beside the text.
 */
export function JsonRecordForm<C extends Collection>({ draft, issues, onChange }: RecordFormProps<C>) {
  // The text is the person's until another record is opened (RecordSection keys the form by record).
  const [text, setText] = useState(() => {
    const fields: Record<string, unknown> = { ...(draft as object) };
    delete fields.id;
    return JSON.stringify(fields, null, 2);
  });
  const [syntax, setSyntax] = useState('');
  const fieldMessages = [...issues.byField.entries()].filter(([key]) => !/[.[]/.test(key) && key !== 'id');
  return (
    <div className="field">
      <label>
        Fields (JSON)
        <textarea
          className="json-field"
          rows={12}
          spellCheck={false}
          value={text}
          aria-invalid={syntax || fieldMessages.length ? true : undefined}
          onChange={(e) => {
            setText(e.target.value);
            const parsed = parseJsonText(e.target.value);
            if (!parsed.ok || typeof parsed.value !== 'object' || parsed.value === null || Array.isArray(parsed.value)) {
              setSyntax(parsed.ok ? 'The fields must be one JSON object.' : `The text is ${parsed.message}.`);
              return;
            }
            setSyntax('');
            onChange({ ...(parsed.value as object), id: draft.id } as typeof draft);
          }}
        />
      </label>
      {syntax && <p className="field-error">{syntax}</p>}
      {fieldMessages.map(([key, message]) => (
        <p className="field-error" key={key}>
          {key}: {message}
        </p>
      ))}
    </div>
  );
}
