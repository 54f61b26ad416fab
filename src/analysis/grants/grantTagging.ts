import type { Dataset, Intervention } from '../../model';
import { INTERVENTION_TERMS, JUSTICE_CONTEXT, TYPE_DEFAULT, TYPE_TERMS } from './grantLexicon';
import { compileTerm, matchTerms, normaliseText, type Term } from './termMatcher';

/** What the tagger reads of a grant (a 360Giving grant has all of these). */
export interface TaggableGrant {
  id: string;
  title: string;
  description: string;
  programme: string;
  classifications: readonly string[];
}

export interface TagSuggestion {
  intervention: string;
  /** The factors the intervention targets: where the money reaches on the map. */
  factors: string[];
  /** The words in the grant that matched, to show as the reason. */
  matched: string[];
  score: number;
}

export type GrantTagging =
  | { status: 'suggested'; suggestions: TagSuggestion[]; context: string[] }
  /** About people in the justice system, but no intervention on the map fits its words. */
  | { status: 'unmatched'; context: string[] }
  /** Not about the justice system at all (a village hall, a lifeboat crew). */
  | { status: 'off-map' };

/** At most this many suggestions a grant: a grant funds one or two things, rarely more. */
export const MAX_SUGGESTIONS = 3;
/** An intervention's own words count double a type's: they tell apart interventions of one type. */
const OWN_WEIGHT = 2;

interface Tagger {
  context: Term[];
  candidates: Array<{ intervention: Intervention; typeTerms: Term[]; ownTerms: Term[]; isDefault: boolean }>;
}

const taggers = new WeakMap<Dataset, Tagger>();

/** The type's label words stand in for a type the lexicon does not know (a map from elsewhere). */
function typeTermsOf(dataset: Dataset, type: string): string[] {
  const known = TYPE_TERMS[type];
  if (known) return known;
  const label = dataset.vocabularies.interventionTypes.find((t) => t.id === type)?.label ?? type;
  return normaliseText(label).trim().split(' ').filter((w) => w.length >= 5);
}

function taggerOf(dataset: Dataset): Tagger {
  const known = taggers.get(dataset);
  if (known) return known;
  const firstOfType = new Map<string, string>();
  for (const i of dataset.interventions) if (!firstOfType.has(i.type)) firstOfType.set(i.type, i.id);
  const tagger: Tagger = {
    context: JUSTICE_CONTEXT.map(compileTerm),
    candidates: dataset.interventions.map((intervention) => ({
      intervention,
      typeTerms: typeTermsOf(dataset, intervention.type).map(compileTerm),
      ownTerms: (INTERVENTION_TERMS[intervention.id] ?? []).map(compileTerm),
      isDefault: (TYPE_DEFAULT[intervention.type] ?? firstOfType.get(intervention.type)) === intervention.id,
    })),
  };
  taggers.set(dataset, tagger);
  return tagger;
}

/**
 * The interventions a grant most likely funds, from its title, description, programme and
 * classifications, with the words that matched. An intervention's own words count double its
 * type's; where only a type's words match, the type's broad intervention is suggested. Only those
 * scoring at least half the best are kept. A
 * grant outside the justice system, or one whose words fit nothing, gets no suggestion: it is
 * never forced onto the nearest node.
 */
export function suggestTags(grant: TaggableGrant, dataset: Dataset): GrantTagging {
  const tagger = taggerOf(dataset);
  const text = normaliseText([grant.title, grant.description, grant.programme, ...grant.classifications].join(' \n '));
  const context = matchTerms(text, tagger.context);
  if (context.length === 0) return { status: 'off-map' };
  const found: Array<TagSuggestion & { type: string; own: number }> = [];
  for (const candidate of tagger.candidates) {
    const typeHits = matchTerms(text, candidate.typeTerms);
    const ownHits = matchTerms(text, candidate.ownTerms);
    // A type's words alone point at its broad intervention, never at each of its siblings.
    if (ownHits.length === 0 && (typeHits.length === 0 || !candidate.isDefault)) continue;
    found.push({
      intervention: candidate.intervention.id,
      factors: [...new Set(candidate.intervention.targets.map((t) => t.factor))],
      matched: [...new Set([...ownHits, ...typeHits])],
      score: ownHits.length * OWN_WEIGHT + typeHits.filter((h) => !ownHits.includes(h)).length,
      type: candidate.intervention.type,
      own: ownHits.length,
    });
  }
  // A type's broad intervention stands in only while none of its siblings matched by its own words.
  const namedTypes = new Set(found.filter((f) => f.own > 0).map((f) => f.type));
  const ranked = found.filter((f) => f.own > 0 || !namedTypes.has(f.type)).sort((a, b) => b.score - a.score);
  const top = ranked[0]?.score ?? 0;
  const suggestions = ranked
    .filter((s) => s.score * 2 >= top)
    .slice(0, MAX_SUGGESTIONS)
    .map(({ intervention, factors, matched, score }) => ({ intervention, factors, matched, score }));
  return suggestions.length > 0 ? { status: 'suggested', suggestions, context } : { status: 'unmatched', context };
}

/** Counts a funder reads first: how many grants got a suggestion, and why the rest did not. */
export function taggingCounts(taggings: Iterable<GrantTagging>): { suggested: number; unmatched: number; offMap: number } {
  const counts = { suggested: 0, unmatched: 0, offMap: 0 };
  for (const t of taggings) {
    if (t.status === 'suggested') counts.suggested += 1;
    else if (t.status === 'unmatched') counts.unmatched += 1;
    else counts.offMap += 1;
  }
  return counts;
}
