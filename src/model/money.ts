/**
 * An amount of money as the UI writes it: "£12,500", "$1,200", "€7.5", "CHF 300" (a currency
 * without a symbol here goes by its code). At 100 and over, whole units; below, to the penny.
 * A loss is "-£500". The one place that groups thousands, for cost bands, costs and grants alike.
 */
export function formatMoney(amount: number, currency: string): string {
  const symbol = currency === 'GBP' ? '£' : currency === 'USD' ? '$' : currency === 'EUR' ? '€' : `${currency} `;
  const size = Math.abs(amount);
  const rounded = size >= 100 ? Math.round(size) : Math.round(size * 100) / 100;
  const sign = amount < 0 && rounded > 0 ? '-' : '';
  return `${sign}${symbol}${String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}
