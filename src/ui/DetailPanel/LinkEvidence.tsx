import { plural, STUDY_DESIGN_LABELS, type Link } from '../../model';
import type { DatasetIndex } from '../../analysis';
import { splitCitations } from './evidenceSplit';

/**
 * How a link is known, in one line: from research (and which designs), from what people said, or
 * only reasoned by the map's authors. A link resting on testimony alone is a claim to test.
 */
export function LinkEvidence({ link, index }: { link: Link; index: DatasetIndex }) {
  const { research, people } = splitCitations(link.citations, (id) => index.source.get(id));
  const designs = [...new Set(research.flatMap((c) => {
    const study = index.source.get(c.source)?.study;
    return study ? [STUDY_DESIGN_LABELS[study].toLowerCase()] : [];
  }))];
  const parts = [
    research.length > 0 && `research: ${plural(research.length, 'finding')}${designs.length ? ` (${designs.join(', ')})` : ''}`,
    people.length > 0 && `what people with lived experience and practitioners said: ${plural(people.length, 'quote')}`,
  ].filter(Boolean);
  const level = research.length > 0 ? 'Rests on research as well as testimony' : 'Rests on testimony only: a claim to test, not a measured effect';
  return (
    <p className="link-evidence">
      <strong>{level}.</strong> {parts.length > 0 ? `Evidence: ${parts.join('; ')}.` : ''}
      {link.basis === 'inferred' && ' The map’s authors inferred this link from the premises cited; no source states it.'}
    </p>
  );
}
