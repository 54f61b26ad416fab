import { formatMoney } from '../../model/money';

/** A grant's amount in whole units of its own currency, written as every other sum of money is. */
export const formatGrantAmount = (amount: number, currency: string): string => formatMoney(Math.round(amount), currency);

/** "26 Mar 2001" from an ISO date. */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
