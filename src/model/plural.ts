/**
 * English plurals, written once: `plural(3, 'factor')` is "3 factors", `plural(1, 'study', 'studies')`
 * "1 study"; `pluralWord` gives the word alone, for a count written (or formatted) apart from it.
 */
export function pluralWord(count: number, one: string, many = `${one}s`): string {
  return count === 1 ? one : many;
}

export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count} ${pluralWord(count, one, many)}`;
}
