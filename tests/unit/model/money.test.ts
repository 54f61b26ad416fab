import { describe, expect, it } from 'vitest';
import { describeCostBand, formatMoney } from '../../../src/model';
import { costRange } from '../../../src/analysis';

/** One formatter groups thousands for cost bands and costs alike. */
describe('money as the UI writes it', () => {
  it('groups thousands with commas, in whole units from 100 and to the penny below', () => {
    expect(formatMoney(1234567, 'GBP')).toBe('£1,234,567');
    expect(formatMoney(999.6, 'USD')).toBe('$1,000');
    expect(formatMoney(7.456, 'EUR')).toBe('€7.46');
    expect(formatMoney(300, 'CHF')).toBe('CHF 300');
    expect(formatMoney(-12500, 'GBP')).toBe('-£12,500');
    expect(formatMoney(-0.001, 'GBP')).toBe('£0');
  });

  it('writes cost bands and cost ranges with the same formatter', () => {
    expect(describeCostBand('high')).toBe('£5,000 to £9,999 per participant');
    expect(describeCostBand('very-low')).toBe('under £500 per participant');
    expect(costRange({ perParticipant: { low: 1200, high: 15000 }, currency: 'GBP', priceYear: 2020, covers: 'x', reported: 'x', citation: { source: 's', quote: 'q' } })).toBe('£1,200 to £15,000');
  });
});
