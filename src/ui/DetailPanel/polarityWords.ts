import type { Link } from '../../model';

/** A link's meaning in words: "more A means more B" or "more A means less B". */
export function polarityWords(from: string, to: string, polarity: Link['polarity']): string {
  return `More “${from}” means ${polarity === '+' ? 'more' : 'less'} “${to}”.`;
}
