import { EVIDENCE_LEVELS, EVIDENCE_SCALE } from '../../model';

/** Each evidence level, strongest first, as a badge and its plain words: terms for a <dl>. */
export function EvidenceLevelTerms() {
  return (
    <>
      {[...EVIDENCE_LEVELS].reverse().map((level) => (
        <div key={level}>
          <dt>
            <span className={`evidence evidence--${level}`}>{EVIDENCE_SCALE[level].label}</span>
          </dt>
          <dd>{EVIDENCE_SCALE[level].plainWords}</dd>
        </div>
      ))}
    </>
  );
}
