import { describe, expect, it } from 'vitest';
import { computePortfolio, leverageNotFunded, moneyBy, moneyWhereNoEffect, type TaggedGrant } from '../../../../src/analysis/grants/portfolio';
import { rankByLeverage } from '../../../../src/analysis';
import { bundledDataset } from '../../io/grants/grantFixtures';

const dataset = bundledDataset();
const leverage = rankByLeverage(dataset, new Set(dataset.interventions.map((i) => i.id)), [], new Map());
const grant = (id: string, amount: number, interventions: string[], awardDate = '2020-05-01', currency = 'GBP'): TaggedGrant => ({ id, amount, currency, awardDate, funderName: 'F', interventions });

describe('the portfolio: where a funder’s money sits on the map', () => {
  const grants = [
    grant('a', 10_000, ['arts-and-creativity']),
    grant('b', 6_000, ['mentoring', 'accommodation-support']),
    grant('c', 2_000, []),
    grant('d', 500, ['boot-camps'], '2019-02-02'),
    grant('e', 99_999, ['mentoring'], '2020-01-01', 'EUR'),
  ];

  it('sums money by intervention, splitting a grant tagged to two evenly, in one currency only', () => {
    const p = computePortfolio(dataset, grants, leverage, { currency: 'GBP', year: null });
    const amount = (id: string) => p.rows.find((r) => r.id === id)?.amount;
    expect(amount('arts-and-creativity')).toBe(10_000);
    expect(amount('mentoring')).toBe(3_000);
    expect(amount('accommodation-support')).toBe(3_000);
    expect(p).toMatchObject({ total: 18_500, tagged: 16_500, grants: 4, taggedGrants: 3, from: '2019-02-02', to: '2020-05-01' });
    expect(p.rows.reduce((s, r) => s + r.amount, 0)).toBe(p.tagged);
  });

  it('counts a year alone when asked', () => {
    const p = computePortfolio(dataset, grants, leverage, { currency: 'GBP', year: '2019' });
    expect(p).toMatchObject({ total: 500, tagged: 500, grants: 1 });
  });

  it('gives each factor the money of every intervention acting on it (the overlay’s sums)', () => {
    const p = computePortfolio(dataset, grants, leverage, { currency: 'GBP', year: null });
    const arts = dataset.interventions.find((i) => i.id === 'arts-and-creativity')!;
    const factor = arts.targets[0]!.factor;
    const expected = p.rows.filter((r) => dataset.interventions.find((i) => i.id === r.id)!.targets.some((t) => t.factor === factor)).reduce((s, r) => s + r.amount, 0);
    expect(p.factorMoney.get(factor)).toBe(expected);
    expect(expected).toBeGreaterThanOrEqual(10_000);
  });

  it('splits money across stages so they add up to the money tagged', () => {
    const p = computePortfolio(dataset, grants, leverage, { currency: 'GBP', year: null });
    const stages = [...moneyBy(p.rows, 'stage').values()].reduce((s, v) => s + v, 0);
    expect(stages).toBeCloseTo(p.tagged, 6);
    expect([...moneyBy(p.rows, 'type').values()].reduce((s, v) => s + v, 0)).toBeCloseTo(p.tagged, 6);
  });

  it('lists high-leverage interventions with none of the money, never a harmful one, and flags money on boot camps', () => {
    const p = computePortfolio(dataset, grants, leverage, { currency: 'GBP', year: null });
    const missed = leverageNotFunded(p, 5);
    expect(missed).toHaveLength(5);
    expect(missed.every((r) => r.amount === 0 && r.leverage!.impact !== 'harmful')).toBe(true);
    const scores = missed.map((r) => r.leverage!.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(moneyWhereNoEffect(p).map((r) => r.id)).toEqual(['boot-camps']);
  });
});
