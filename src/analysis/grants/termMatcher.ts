/**
 * Text reduced to lower-case words separated by single spaces, so terms match whatever the
 * punctuation ("re-offending", "Women's", line breaks in a description).
 */
export function normaliseText(text: string): string {
  return ` ${text
    .toLowerCase()
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[^a-z0-9]+/g, ' ')
    .trim()} `;
}

export interface Term {
  term: string;
  pattern: RegExp;
}

/** A lexicon term as a pattern over normalised text: whole words, `*` for any ending. */
export function compileTerm(term: string): Term {
  const stem = term.endsWith('*') ? term.slice(0, -1) : term;
  const escaped = stem.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return { term, pattern: new RegExp(` ${escaped}${term.endsWith('*') ? '[a-z0-9]*' : ''}(?= )`) };
}

/** The words in the text each matching term found (as written in the grant), once each. */
export function matchTerms(normalised: string, terms: readonly Term[]): string[] {
  const found: string[] = [];
  for (const { pattern } of terms) {
    const hit = pattern.exec(normalised)?.[0].trim();
    if (hit && !found.includes(hit)) found.push(hit);
  }
  return found;
}
