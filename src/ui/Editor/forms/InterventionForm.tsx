import { EVIDENCE_LEVELS, type Target } from '../../../model';
import type { RecordFormProps } from '../RecordSection';
import { CitationsField } from './CitationsField';
import { Field } from './Field';
import { TextField } from './TextField';
import { VocabularySelect } from './VocabularySelect';
import { EntryOptions } from '../../common/EntryOptions';

export function InterventionForm({ draft, dataset, issues, onChange }: RecordFormProps<'interventions'>) {
  const err = (field: string) => issues.byField.get(field);
  const v = dataset.vocabularies;
  const factors = [...dataset.factors].sort((a, b) => a.label.localeCompare(b.label));
  const setTarget = (i: number, patch: Partial<Target>) => onChange({ ...draft, targets: draft.targets.map((t, n) => (n === i ? { ...t, ...patch } : t)) });
  return (
    <>
      <TextField label="Label" value={draft.label} {...(err('label') ? { error: err('label')! } : {})} onChange={(label) => onChange({ ...draft, label })} />
      <VocabularySelect label="Intervention type" value={draft.type} entries={v.interventionTypes} {...(err('type') ? { error: err('type')! } : {})} onChange={(type) => onChange({ ...draft, type })} />
      <VocabularySelect label="Domain" value={draft.domain} entries={v.domains} {...(err('domain') ? { error: err('domain')! } : {})} onChange={(domain) => onChange({ ...draft, domain })} />
      <fieldset>
        <legend>Stages it acts at</legend>
        {v.stages.map((s) => (
          <label key={s.id} className="check">
            <input
              type="checkbox"
              checked={draft.stages.includes(s.id)}
              onChange={(e) => onChange({ ...draft, stages: e.target.checked ? [...draft.stages, s.id] : draft.stages.filter((x) => x !== s.id) })}
            />
            {s.label}
          </label>
        ))}
        {err('stages') && <p className="field-error">{err('stages')}</p>}
      </fieldset>
      <TextField label="Description" multiline value={draft.description} {...(err('description') ? { error: err('description')! } : {})} onChange={(description) => onChange({ ...draft, description })} />
      <fieldset>
        <legend>Targets: the factors it acts on, and in which direction</legend>
        {draft.targets.map((t, i) => (
          <div className="target-row" key={i}>
            <label>
              Factor
              <select value={t.factor} onChange={(e) => setTarget(i, { factor: e.target.value })}>
                <EntryOptions entries={factors} labelOf={(f) => f.label} />
              </select>
            </label>
            <label>
              Direction
              <select value={t.effect} onChange={(e) => setTarget(i, { effect: e.target.value as Target['effect'] })}>
                <option value="raises">raises it</option>
                <option value="lowers">lowers it</option>
              </select>
            </label>
            <button type="button" onClick={() => onChange({ ...draft, targets: draft.targets.filter((_, n) => n !== i) })}>
              Remove target {i + 1}
            </button>
            {err(`targets[${i}].factor`) && <p className="field-error">{err(`targets[${i}].factor`)}</p>}
          </div>
        ))}
        {err('targets') && <p className="field-error">{err('targets')}</p>}
        <button type="button" onClick={() => onChange({ ...draft, targets: [...draft.targets, { factor: factors[0]?.id ?? '', effect: 'lowers' }] })}>
          Add a target
        </button>
      </fieldset>
      <Field label="Evidence strength" {...(err('evidence.strength') ? { error: err('evidence.strength')! } : {})}>
        {(control) => (
          <select {...control} value={draft.evidence.strength} onChange={(e) => onChange({ ...draft, evidence: { ...draft.evidence, strength: e.target.value as (typeof EVIDENCE_LEVELS)[number] } })}>
            {EVIDENCE_LEVELS.map((level) => (
              <option key={level} value={level}>
                {level}
              </option>
            ))}
          </select>
        )}
      </Field>
      <TextField label="Evidence summary" multiline value={draft.evidence.summary} {...(err('evidence.summary') ? { error: err('evidence.summary')! } : {})} onChange={(summary) => onChange({ ...draft, evidence: { ...draft.evidence, summary } })} />
      <CitationsField path="evidence.citations" citations={draft.evidence.citations} sources={dataset.sources} issues={issues} onChange={(citations) => onChange({ ...draft, evidence: { ...draft.evidence, citations } })} />
    </>
  );
}
