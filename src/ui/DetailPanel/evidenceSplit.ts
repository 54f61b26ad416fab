import type { Citation, Source } from '../../model';

/**
 * Which column a citation belongs in: research (an external source, or a stored review, evaluation
 * or statistics) or what people said (lived experience, practitioners and providers).
 */
export function isResearch(source: Source | undefined): boolean {
  if (!source) return false;
  return source.external === true || source.kind === 'review' || source.kind === 'evaluation' || source.kind === 'statistics';
}

export function splitCitations(citations: readonly Citation[], sourceOf: (id: string) => Source | undefined) {
  const research: Citation[] = [];
  const people: Citation[] = [];
  for (const citation of citations) (isResearch(sourceOf(citation.source)) ? research : people).push(citation);
  return { research, people };
}
