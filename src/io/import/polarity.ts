import type { Link } from '../../model';

/**
 * Kumu's causal-loop `connection type` gives the sign of each end: "++" and "--" mean the two
 * move together (+), "+-" and "-+" that they move apart (-). Plain "+" and "-", and the words
 * other tools use, are read too. Anything else is not a polarity (a Kumu "Type" may be a category).
 */
const POLARITY: Record<string, Link['polarity']> = {
  '+': '+',
  '++': '+',
  '--': '+',
  s: '+',
  same: '+',
  positive: '+',
  '-': '-',
  '+-': '-',
  '-+': '-',
  o: '-',
  opposite: '-',
  negative: '-',
};

export function readPolarity(value: unknown): Link['polarity'] | undefined {
  if (typeof value !== 'string') return undefined;
  return POLARITY[value.trim().toLowerCase().replace(/\s+/g, '')];
}
