import type { ValueForMoney } from '../../model';
import { formatMoney } from '../../analysis';
import { keptSpreadWords, type CostPerPersonKept } from '../../analysis/costPerPersonKept';
import { ratioFigure } from '../common/ratioFigure';

/** "3.2 returned per 1 spent (range 2.1 to 4); 80% chance benefits exceed costs; Washington State, …". */
export function valueForMoneyWords(entry: ValueForMoney): string {
  const range = entry.low !== undefined && entry.high !== undefined ? ` (range ${entry.low} to ${entry.high})` : '';
  const chance = entry.chanceBenefitsExceedCosts !== undefined ? `; ${entry.chanceBenefitsExceedCosts}% chance benefits exceed costs` : '';
  return `Benefit-cost ratio ${ratioFigure(entry.value)}${range}: benefits per 1 spent${chance}. Measured in: ${entry.setting}.`;
}

/** "Estimate: £9,231 (£6,667 to £15,000)", "… (one figure: …)" or "… (£6,667 or more: no upper bound, as …)". */
export function costPerPersonKeptWords(kept: CostPerPersonKept): string {
  return `Estimate: ${formatMoney(kept.central, kept.currency)} (${keptSpreadWords(kept)})`;
}
