/**
 * An amount of money as the UI writes it: "£12,500", "$1,200", "€7.5", "CHF 300" (a currency
 * without a symbol here goes by its code). At 100 and over, whole units; below, to the penny.
 * The one place that groups thousands, for cost bands and costs alike.
 */
export function formatMoney(amount: number, currency: string): string {
  const symbol = currency === 'GBP' ? '£' : currency === 'USD' ? '$' : currency === 'EUR' ? '€' : `${currency} `;
  const rounded = amount >= 100 ? Math.round(amount) : Math.round(amount * 100) / 100;
  return `${symbol}${String(rounded).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;
}
