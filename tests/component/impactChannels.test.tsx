import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailPanel } from '../../src/ui/DetailPanel/DetailPanel';
import { TableView } from '../../src/ui/Table/TableView';
import { Legend } from '../../src/ui/Legend/Legend';
import { FilterBar } from '../../src/ui/FilterBar/FilterBar';
import { CompareView } from '../../src/ui/Compare/CompareView';
import { WhatIfPanel } from '../../src/ui/WhatIf/WhatIfPanel';
import { useViewStore } from '../../src/store';
import { impactMap } from '../fixtures/loadImpactFixture';

function detailsOf(id: string) {
  act(() => useViewStore.getState().select(id));
  render(<DetailPanel dataset={impactMap()} />);
  return screen.getByRole('complementary', { name: 'Details' });
}

const section = (panel: HTMLElement, heading: RegExp) => within(panel).getByRole('heading', { name: heading }).closest('section')!;

describe('details: a funder reads which way, how much, at what cost', () => {
  it('shows impact apart from evidence, with why and every figure of the estimate it rests on', () => {
    const panel = detailsOf('housing-on-release');
    const impact = section(panel, /^Impact on reoffending/);
    expect(within(impact).getByRole('heading', { level: 3 }).textContent).toBe('Impact on reoffending: Large');
    expect(impact.textContent).toContain('Why: 30.2% fewer reoffend');
    const facts = Object.fromEntries(within(impact).getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts).toMatchObject({
      'Difference in the share who reoffend': '−13 percentage points',
      'Who reoffended': '30% of those who took part against 43% of the comparison group',
      'Follow-up': '12 months',
      Population: 'adults, UK',
      Outcome: 'proven reoffending within one year',
      'As reported': '30% against 43%',
    });
    expect(facts['95% interval']).toMatch(/^−18 to −8/);
    // Impact is read before evidence strength: which way first, then how sure.
    const headings = within(panel).getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.findIndex((h) => h?.startsWith('Impact'))).toBeLessThan(headings.findIndex((h) => h?.startsWith('Evidence')));
  });

  it('shows cost with currency, price year, what it covers and its citation, and the cost per person kept labelled an estimate with its working', () => {
    const panel = detailsOf('housing-on-release');
    const cost = section(panel, /^Cost and value for money/);
    expect(cost.textContent).toContain('££ £1,200 per participant (2019 prices)');
    const facts = Object.fromEntries(within(cost).getAllByRole('term').map((dt) => [dt.textContent, dt.nextElementSibling?.textContent]));
    expect(facts).toMatchObject({ Currency: 'GBP', 'Price year': '2019', Covers: 'delivery per person who starts', 'As reported': '1200 per person' });
    expect(within(cost).getByText('A study of what programmes cost')).toBeTruthy();
    expect(within(cost).getByRole('heading', { name: 'Cost per person kept from reoffending (estimate)' })).toBeTruthy();
    expect(cost.textContent).toContain('Estimate: about £9,231 (range £6,667 to £15,000)');
    // The working names its sources by title, as a reader finds them (it named them by id: issue 22's audit).
    expect(cost.textContent).toContain('Working: £1,200 per participant (A study of what programmes cost) ÷ 0.13');
    expect(cost.textContent).toContain('A review of housing on release) = £9,231');
    expect(cost.textContent).toContain('Not known: no source we read reports a benefit-cost ratio.');
  });

  it('says a benefit-cost ratio with where it was measured and the chance its benefits exceed its costs', () => {
    const treatment = section(detailsOf('treatment'), /^Cost and value for money/);
    expect(treatment.textContent).toContain('Benefit-cost ratio 3.2');
    expect(treatment.textContent).toContain('chance benefits exceed costs 80%');
    expect(treatment.textContent).toContain('Measured in: Washington State, adults, 2015 dollars');
  });

  it('names a harm as harm: its targets are only intended, nobody is kept from reoffending, and no cost is guessed', () => {
    const panel = detailsOf('scare-tactics');
    // Its name says harmful; sight gets a cross as well as the colour.
    expect(within(panel).getByRole('heading', { name: 'Impact on reoffending: Harmful' }).textContent).toBe('Impact on reoffending: ✕ Harmful');
    expect(section(panel, /^Acts on/).textContent).toBe('Acts on (1)Intended to lower Fear of recall');
    const cost = section(panel, /^Cost and value for money/);
    expect(cost.textContent).toContain('Not known: no source we read gives a cost per participant, and none is estimated.');
    expect(cost.textContent).toContain('None: the research finds no fewer people reoffend');
  });

  it('on a factor, says which interventions only intend to act on it, with their impact beside their evidence', () => {
    const panel = detailsOf('fear-of-recall');
    const acting = section(panel, /^Interventions acting on it/);
    const harm = within(acting).getByRole('button', { name: 'Scare tactics visits' }).closest('li')!;
    expect(harm.textContent).toBe('Scare tactics visits is intended to lower it Strong ✕ Harmful');
    const mentors = within(acting).getByRole('button', { name: 'Peer mentors' }).closest('li')!;
    expect(mentors.textContent).toBe('Peer mentors lowers it Testimony');
  });

  it('no longer pairs strong evidence with "find a consistent effect": strength words say how sure, not which way', () => {
    const panel = detailsOf('drill-camps');
    const evidence = section(panel, /^Evidence: Strong/);
    expect(evidence.textContent).not.toContain('find a consistent effect');
    expect(evidence.textContent).toContain('whichever way it runs');
  });
});

describe('table: a funder sorts by what a pound buys', () => {
  it('has sortable impact, direction, cost and cost-per-person-kept columns; impact sorts by its scale', async () => {
    render(<TableView dataset={impactMap()} />);
    const table = screen.getByRole('table', { name: /^Interventions/ });
    const headers = within(table).getAllByRole('columnheader').map((th) => th.textContent);
    expect(headers).toEqual(expect.arrayContaining(['Impact', 'Direction', 'Cost per participant', 'Cost per person kept from reoffending (estimate)']));
    const first = () => within(table).getAllByRole('row').slice(1).map((row) => within(row).getAllByRole('cell')[0]!.textContent);
    await userEvent.click(within(table).getByRole('button', { name: /^Impact/ }));
    expect(first()).toEqual(['Peer mentors', 'Scare tactics visits', 'Drill camps', 'Drug treatment', 'Housing on release']);
    await userEvent.click(within(table).getByRole('button', { name: /^Cost per participant/ }));
    expect(first()).toEqual(['Drill camps', 'Housing on release', 'Drug treatment', 'Peer mentors', 'Scare tactics visits']);
    const harm = within(table).getByRole('row', { name: /Scare tactics visits/ });
    expect(harm.textContent).toContain('Increases reoffending');
    expect(harm.textContent).toContain('intended to lower, impact harmful Fear of recall');
  });
});

describe('legend: impact, cost and what is at stake, in plain words', () => {
  it('keys harm and no effect by mark and word, every impact level and cost band, and the cited stakes', async () => {
    render(<Legend dataset={impactMap()} />);
    // The impact key arrives in its own chunk, just after the legend.
    const impact = await screen.findByRole('region', { name: 'Impact on reoffending' });
    expect(within(impact).getAllByRole('term').map((t) => t.textContent)).toEqual(['✕ Harmful', '– No clear effect', 'Small', 'Moderate', 'Large', 'Not known']);
    expect(impact.textContent).toContain('Crossed out, “harmful”');
    const cost = screen.getByRole('region', { name: 'Cost per participant' });
    expect(within(cost).getAllByRole('term').map((t) => t.textContent)).toEqual(['£ Very low cost', '££ Low cost', '£££ Moderate cost', '££££ High cost', '£££££ Very high cost', 'Cost not in £ (e.g. US$), not converted', 'Cost not known']);
    // A cost cited in dollars is known: it is keyed apart from "not known" (issue 22's audit), not counted as unknown.
    expect(cost.textContent).toContain('known, shown as reported, not converted to pounds and not banded');
    expect(cost.textContent).toContain('£500 to £1,999 per participant');
    const stakes = screen.getByRole('region', { name: 'At stake' });
    expect(stakes.textContent).toContain('Cost of reoffending in one year: £18.1 billion (£18,100,000,000 per year, 2016 prices)');
    expect(stakes.textContent).toContain('A study of what programmes cost');
  });
});

describe('filter bar: impact and cost join the other filters', () => {
  it('offers every impact level and cost band with counts, filters by them, counts them on, and clears them with the rest', async () => {
    render(<FilterBar dataset={impactMap()} />);
    await userEvent.click(screen.getByText('Impact', { selector: 'summary' }));
    const impact = screen.getByRole('group', { name: 'Impact' });
    expect(within(impact).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual([
      'Harmful 1 intervention',
      'No clear effect 1 intervention',
      'Small 1 intervention',
      'Moderate 0 interventions',
      'Large 1 intervention',
      'Not known 1 intervention',
    ]);
    await userEvent.click(within(impact).getByRole('checkbox', { name: /^Large/ }));
    expect(useViewStore.getState().filter.impacts).toEqual(['large']);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 5 interventions');
    await userEvent.click(screen.getByText('Cost', { selector: 'summary' }));
    const cost = screen.getByRole('group', { name: 'Cost' });
    // Cost options count within the impact chosen: only the large one is left, at ££.
    expect(within(cost).getByRole('checkbox', { name: /^££ Low cost 1/ })).toBeTruthy();
    await userEvent.click(within(cost).getByRole('checkbox', { name: /^££ Low cost/ }));
    expect(screen.getByRole('button', { name: 'Filters (2 on)' })).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Clear all filters' }));
    expect(useViewStore.getState().filter.impacts).toBeUndefined();
    expect(useViewStore.getState().filter.costs).toBeUndefined();
    expect(screen.getByRole('status').textContent).toBe('Showing 5 of 5 interventions');
  });
});

describe('compare and what-if: direction counts', () => {
  it('compares impact, cost and value side by side', () => {
    act(() => {
      useViewStore.getState().toggleCompare('housing-on-release');
      useViewStore.getState().toggleCompare('scare-tactics');
    });
    render(<CompareView dataset={impactMap()} />);
    const row = (name: string) => screen.getByRole('rowheader', { name }).closest('tr')!;
    expect(within(row('Impact on reoffending')).getAllByRole('cell').map((c) => c.textContent?.split('.')[0]?.split(/\d/)[0])).toEqual(['Large', '✕ Harmful']);
    expect(within(row('Cost per participant')).getAllByRole('cell')[1]!.textContent).toBe('Not known');
    expect(within(row('Value for money')).getAllByRole('cell')[0]!.textContent).toContain('Cost per person kept from reoffending, estimate: about £9,231');
  });

  it('says a funded harm pushes reoffending up and a funded no-effect adds nothing, never a plain weight beside "no effect"', () => {
    act(() => {
      useViewStore.getState().toggleFund('scare-tactics');
      useViewStore.getState().toggleFund('drill-camps');
    });
    render(<WhatIfPanel dataset={impactMap()} />);
    expect(screen.getByText(/Scare tactics visits pushes reoffending up: evidence of harm\./)).toBeTruthy();
    expect(screen.getByText(/Weight −1 \(Evidence strong \(1\) of harm \(more reoffending\) × −1 = −1\)/)).toBeTruthy();
    expect(screen.getByText(/Drill camps adds nothing: evidence of no clear effect on reoffending\./)).toBeTruthy();
    expect(screen.queryByText(/^\s*weight 1\s*$/)).toBeNull();
    expect(screen.getByRole('checkbox', { name: 'Scare tactics visits, evidence: Strong; impact: harmful' })).toBeTruthy();
  });
});
