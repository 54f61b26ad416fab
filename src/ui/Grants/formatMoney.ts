const formats = new Map<string, Intl.NumberFormat>();

/** "£12,500": whole units in the grant's own currency (a code the browser does not know shows as "XYZ 12,500"). */
export function formatMoney(amount: number, currency: string): string {
  let format = formats.get(currency);
  if (!format) {
    try {
      format = new Intl.NumberFormat('en-GB', { style: 'currency', currency, maximumFractionDigits: 0 });
    } catch {
      format = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 0 });
      return `${currency} ${format.format(amount)}`;
    }
    formats.set(currency, format);
  }
  return format.format(amount);
}

/** "26 Mar 2001" from an ISO date. */
export function formatDay(iso: string): string {
  const [year, month, day] = iso.split('-').map(Number);
  return new Date(Date.UTC(year ?? 1970, (month ?? 1) - 1, day ?? 1)).toLocaleDateString('en-GB', { day: 'numeric', month: 'short', year: 'numeric', timeZone: 'UTC' });
}
