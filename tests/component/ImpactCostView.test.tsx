import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ImpactCostView } from '../../src/ui/ImpactCost/ImpactCostView';
import { chartLayout } from '../../src/ui/ImpactCost/chartLayout';
import { nextMarkIndex } from '../../src/ui/ImpactCost/markNavigation';
import { useViewStore } from '../../src/store';
import { impactMap } from '../fixtures/loadImpactFixture';

const chart = () => screen.getByRole('group', { name: 'Impact and cost' });
const marks = () => within(chart()).getAllByRole('button');
const mark = (label: string) => within(chart()).getByRole('button', { name: new RegExp(`^${label}:`) });

describe('impact and cost: "which interventions cut reoffending most per pound, how sure are we, and which to avoid?"', () => {
  it('places each intervention by impact and cost band, harm below the no-effect line and not known apart', () => {
    const layout = chartLayout(impactMap().interventions);
    const at = (id: string) => layout.marks.find((m) => m.id === id)!;
    expect(at('housing-on-release')).toMatchObject({ impact: 'large', cost: 'low', evidence: 'moderate' });
    expect(at('treatment')).toMatchObject({ impact: 'small', cost: 'high' });
    expect(at('drill-camps')).toMatchObject({ impact: 'no-clear-effect', cost: 'very-low', y: layout.lineY });
    expect(at('scare-tactics')).toMatchObject({ impact: 'harmful', cost: 'not-known' });
    expect(at('scare-tactics').y).toBeGreaterThan(layout.lineY);
    expect(at('peer-mentors')).toMatchObject({ impact: 'not-known', cost: 'not-known' });
    expect(at('peer-mentors').y).toBeGreaterThan(at('scare-tactics').y);
    expect(at('housing-on-release').y).toBeLessThan(at('treatment').y);
    expect(at('housing-on-release').x).toBeLessThan(at('treatment').x);
    // Mark size by evidence strength.
    expect(at('scare-tactics').r).toBeGreaterThan(at('housing-on-release').r);
    expect(at('housing-on-release').r).toBeGreaterThan(at('peer-mentors').r);
  });

  it('gives several interventions in one cell a slot each, so none overlaps', () => {
    const dataset = impactMap();
    const housing = dataset.interventions.find((i) => i.id === 'housing-on-release')!;
    const twins = [1, 2, 3].map((n) => ({ ...housing, id: `housing-${n}`, label: `Housing twin ${n}` }));
    const layout = chartLayout([...dataset.interventions, ...twins]);
    const inCell = layout.marks.filter((m) => m.impact === 'large' && m.cost === 'low');
    expect(inCell).toHaveLength(4);
    const ys = inCell.map((m) => m.y).sort((a, b) => a - b);
    for (let i = 1; i < ys.length; i++) expect(ys[i]! - ys[i - 1]!).toBeGreaterThanOrEqual(2 * inCell[0]!.r);
    const row = layout.rows.find((r) => r.id === 'large')!;
    for (const y of ys) expect(y > row.start && y < row.start + row.size).toBe(true);
  });

  it('gives a crowded column more room, its marks side by side in sub-columns, never on top of each other', () => {
    const dataset = impactMap();
    const housing = dataset.interventions.find((i) => i.id === 'housing-on-release')!;
    const twins = Array.from({ length: 30 }, (_, n) => ({ ...housing, id: `housing-${n}`, label: `Housing twin ${n}` }));
    const layout = chartLayout([...dataset.interventions, ...twins]);
    const low = layout.columns.find((c) => c.id === 'low')!;
    const veryLow = layout.columns.find((c) => c.id === 'very-low')!;
    expect(low.size).toBeGreaterThan(3 * veryLow.size);
    const crowded = layout.marks.filter((m) => m.cost === 'low');
    expect(new Set(crowded.map((m) => m.x)).size).toBeGreaterThan(1);
    for (const a of layout.marks) {
      for (const b of layout.marks) {
        if (a === b) continue;
        expect(Math.abs(a.x - b.x) >= 150 || Math.abs(a.y - b.y) >= 24, `${a.id} and ${b.id} overlap`).toBe(true);
      }
    }
    // Every mark stays inside its own column.
    for (const m of layout.marks) {
      const column = layout.columns.find((c) => c.id === m.cost)!;
      expect(m.x > column.start && m.x < column.start + column.size).toBe(true);
    }
  });

  it('gives costs cited only in dollars a column of their own, named by currency, apart from "cost not known", cheapest first', () => {
    const dataset = impactMap();
    const dollars = (id: string, amount: number) => {
      dataset.interventions.find((i) => i.id === id)!.cost = {
        perParticipant: { low: amount, high: amount },
        currency: 'USD',
        priceYear: 2015,
        covers: 'all',
        reported: `($${amount})`,
        citation: { source: 'costs-study', finding: 'f', locator: 'l' },
      };
    };
    dollars('peer-mentors', 6000);
    const twin = { ...dataset.interventions.find((i) => i.id === 'peer-mentors')!, id: 'cheaper-mentors', label: 'Zed, a cheaper twin' };
    dataset.interventions.push(twin);
    dollars('cheaper-mentors', 400);
    const layout = chartLayout(dataset.interventions);
    expect(layout.columns.map((c) => c.id)).toEqual(['very-low', 'low', 'moderate', 'high', 'very-high', 'other-currency', 'not-known']);
    const usd = layout.columns.find((c) => c.id === 'other-currency')!;
    expect([usd.label, usd.detail]).toEqual(['In USD', 'not in £, not converted']);
    expect(layout.columns.find((c) => c.id === 'not-known')!.label).toBe('Cost not known');
    const inUsd = layout.marks.filter((m) => m.cost === 'other-currency');
    // Ordered by amount, not by name: $400 ("Zed…") above $6,000 ("Peer mentors"), which would come first by name.
    expect(inUsd.map((m) => m.id)).toEqual(['cheaper-mentors', 'peer-mentors']);
    expect(inUsd[0]!.y).toBeLessThan(inUsd[1]!.y);
    expect(layout.marks.find((m) => m.id === 'scare-tactics')!.cost).toBe('not-known');
    // Without a cost in another currency, no empty column is drawn.
    expect(chartLayout(impactMap().interventions).columns.map((c) => c.id)).not.toContain('other-currency');
  });

  it('names each mark with its three channels in words, harm said as harm', () => {
    render(<ImpactCostView dataset={impactMap()} />);
    expect(marks()).toHaveLength(5);
    expect(mark('Scare tactics visits').getAttribute('aria-label')).toBe('Scare tactics visits: impact harmful, more people reoffend; cost not known; evidence strong');
    expect(mark('Housing on release').getAttribute('aria-label')).toBe('Housing on release: impact large; cost ££ £1,200 per participant (2019 prices); evidence moderate');
    for (const m of marks()) {
      expect(m.hasAttribute('data-id')).toBe(false);
      expect(m.querySelector('[data-id], [data-label-for]')).toBeNull();
    }
  });

  it('one Tab stop; the arrow keys move between marks; Enter and a click open the details', async () => {
    render(<ImpactCostView dataset={impactMap()} />);
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    act(() => mark('Housing on release').focus());
    await userEvent.keyboard('{ArrowRight}');
    expect(document.activeElement).toBe(mark('Drug treatment'));
    await userEvent.keyboard('{ArrowLeft}');
    expect(document.activeElement).toBe(mark('Housing on release'));
    await userEvent.keyboard('{End}');
    expect(document.activeElement).toBe(mark('Peer mentors'));
    await userEvent.keyboard('{Enter}');
    expect(useViewStore.getState().selectedId).toBe('peer-mentors');
    expect(mark('Peer mentors').getAttribute('aria-current')).toBe('true');
    await userEvent.click(mark('Drill camps'));
    expect(useViewStore.getState().selectedId).toBe('drill-camps');
    act(() => mark('Drill camps').focus());
    await userEvent.keyboard(' ');
    expect(useViewStore.getState().selectedId).toBe('drill-camps');
  });

  it('moves down to the nearest mark below, preferring the same column', () => {
    const points = [
      { x: 0, y: 0 },
      { x: 100, y: 50 },
      { x: 0, y: 120 },
    ];
    expect(nextMarkIndex(points, 0, 'ArrowDown')).toBe(2);
    expect(nextMarkIndex(points, 2, 'ArrowUp')).toBe(0);
    expect(nextMarkIndex(points, 2, 'ArrowDown')).toBeNull();
    expect(nextMarkIndex(points, 2, 'ArrowRight')).toBeNull();
    expect(nextMarkIndex(points, 1, 'Tab')).toBeNull();
  });

  it('follows the filters, and its table twin lists the same interventions with every figure', () => {
    useViewStore.getState().setMinEvidence('moderate');
    render(<ImpactCostView dataset={impactMap()} />);
    const shown = marks().map((m) => m.getAttribute('aria-label')!.split(':')[0]).sort();
    expect(shown).toEqual(['Drill camps', 'Housing on release', 'Scare tactics visits']);
    expect(screen.getByText('Showing 3 of 5 interventions: the filters hide 2.')).toBeTruthy();
    const table = screen.getByRole('table', { name: /Impact and cost of the interventions shown/ });
    const rows = within(table).getAllByRole('row').slice(1);
    expect(rows.map((r) => within(r).getAllByRole('button')[0]!.textContent).sort()).toEqual(shown);
    const housing = rows.find((r) => r.textContent?.includes('Housing on release'))!;
    expect(housing.textContent).toContain('Estimate: £9,231 (£6,667 to £15,000)');
    expect(housing.textContent).toContain('Working: £1,200 per participant');
    expect(rows.find((r) => r.textContent?.includes('Scare tactics visits'))!.textContent).toContain('Harmful pushes reoffending up');
  });

  it('shows a benefit-cost ratio with where it was measured', () => {
    render(<ImpactCostView dataset={impactMap()} />);
    const table = screen.getByRole('table', { name: /Impact and cost of the interventions shown/ });
    const treatment = within(table).getAllByRole('row').find((r) => r.textContent?.includes('Drug treatment'))!;
    expect(treatment.textContent).toContain('Benefit-cost ratio 3.2: benefits per 1 spent; 80% chance benefits exceed costs. Measured in: Washington State, adults, 2015 dollars.');
    expect(treatment.textContent).toContain('As reported: “$3.20 per $1” (A study of what programmes cost).');
  });
});
