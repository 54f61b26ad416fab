import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { FilterBar } from '../../src/ui/FilterBar/FilterBar';
import { useViewStore } from '../../src/store';
import { smallMap } from '../fixtures/loadFixture';

async function openDropDown(name: string) {
  await userEvent.click(screen.getByText(name, { selector: 'summary' }));
  return screen.getByRole('group', { name });
}

describe('filter bar: a funder asks "where does peer support act, and how sure are we?"', () => {
  it('lists each intervention type with how many interventions it has', async () => {
    render(<FilterBar dataset={smallMap()} />);
    const types = await openDropDown('Intervention type');
    expect(within(types).getByRole('checkbox', { name: /Peer support/ })).toBeTruthy();
    expect(within(types).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(['Peer support 1 intervention', 'Accommodation 1 intervention', 'Treatment 1 intervention']);
    // A screen reader hears the count as a count.
    expect(within(types).getByRole('checkbox', { name: 'Peer support 1 intervention' })).toBeTruthy();
  });

  it('narrows the interventions shown as types are chosen, and says how many of how many', async () => {
    render(<FilterBar dataset={smallMap()} />);
    expect(screen.getByRole('status').textContent).toBe('Showing 3 of 3 interventions');
    const types = await openDropDown('Intervention type');
    await userEvent.click(within(types).getByRole('checkbox', { name: /Peer support/ }));
    expect(useViewStore.getState().filter.types).toEqual(['peer-support']);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 interventions');
  });

  it('counts domain options by reach, says so beside them, and shows what acts on a domain’s factors', async () => {
    const dataset = smallMap();
    render(<FilterBar dataset={dataset} />);
    const domains = await openDropDown('Domain');
    expect(within(domains).getByText(/Interventions count here by reach: their own domain, or the domain of any factor they act on/)).toBeTruthy();
    // Each option counts the interventions that are filed under it or act on one of its factors.
    const domainOf = new Map(dataset.factors.map((f) => [f.id, f.domain]));
    for (const domain of dataset.vocabularies.domains) {
      const reaching = dataset.interventions.filter((i) => i.domain === domain.id || i.targets.some((t) => domainOf.get(t.factor) === domain.id)).length;
      const box = within(domains).getByRole('checkbox', { name: new RegExp(`^${domain.label} ${reaching} intervention`) });
      expect(box).toBeTruthy();
    }
    const justice = dataset.vocabularies.domains.find((d) => d.id === 'justice')!;
    await userEvent.click(within(domains).getByRole('checkbox', { name: new RegExp(`^${justice.label}`) }));
    expect(screen.getByText(/By reach: an intervention counts in a domain or stage when it, or a factor it acts on, is there/)).toBeTruthy();
    // No intervention is filed under justice, yet one acts on a justice factor and is shown.
    expect(dataset.interventions.some((i) => i.domain === 'justice')).toBe(false);
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 interventions and 4 of 9 factors');
  });

  it('offers minimum evidence in plain words with counts, and counts other facets within it', async () => {
    render(<FilterBar dataset={smallMap()} />);
    const evidence = screen.getByRole('combobox', { name: 'Evidence' });
    expect(within(evidence).getAllByRole('option').map((o) => o.textContent)).toEqual([
      'Any evidence (3)',
      'Weak or stronger (2)',
      'Limited or stronger (1)',
      'Moderate or stronger (0)',
      'Strong only (0)',
    ]);
    await userEvent.selectOptions(evidence, 'limited');
    expect(useViewStore.getState().filter.minEvidence).toBe('limited');
    const types = await openDropDown('Intervention type');
    expect(within(types).getAllByRole('checkbox').map((box) => box.closest('label')?.textContent)).toEqual(['Peer support 0 interventions', 'Accommodation 0 interventions', 'Treatment 1 intervention']);
  });

  it('clears every filter with one control', async () => {
    render(<FilterBar dataset={smallMap()} />);
    const clear = screen.getByRole('button', { name: 'Clear all filters' });
    expect((clear as HTMLButtonElement).disabled).toBe(true);
    await userEvent.click(within(await openDropDown('Domain')).getByRole('checkbox', { name: /Health/ }));
    await userEvent.click(screen.getByRole('checkbox', { name: 'Only factors these interventions act on' }));
    expect(screen.getByRole('status').textContent).toBe('Showing 1 of 3 interventions and 1 of 9 factors');
    await userEvent.click(clear);
    expect(screen.getByRole('status').textContent).toBe('Showing 3 of 3 interventions');
    expect(useViewStore.getState().filter.domains).toEqual([]);
  });

  it('offers funding scale only when the dataset ties an intervention to one', async () => {
    const { unmount } = render(<FilterBar dataset={smallMap()} />);
    expect(screen.queryByText('Funding scale')).toBeNull();
    unmount();
    const withScale = smallMap();
    withScale.interventions[0]!.scale = '10k';
    render(<FilterBar dataset={withScale} />);
    const scales = await openDropDown('Funding scale');
    expect(within(scales).getByRole('checkbox', { name: /About £10,000/ })).toBeTruthy();
  });

  it('draws a drop-down’s options only once it is open, at once on opening, and moves into them and out by keyboard', async () => {
    render(<FilterBar dataset={smallMap()} />);
    // Closed, the list is not drawn at all (the map's first paint does not wait for it), yet the trigger keeps its name.
    expect(screen.queryByRole('group', { name: 'Intervention type', hidden: true })).toBeNull();
    const summary = screen.getByText('Intervention type', { selector: 'summary' });
    const details = summary.closest('details')!;
    expect(details.open).toBe(false);
    // jsdom does not turn Enter on a summary into a click as a browser does; a browser's keys are tested in tests/e2e/keyboardFocus.test.ts.
    await userEvent.click(summary);
    expect(details.open).toBe(true);
    const types = screen.getByRole('group', { name: 'Intervention type' });
    await userEvent.tab();
    expect(document.activeElement).toBe(within(types).getAllByRole('checkbox')[0]);
    await userEvent.keyboard(' ');
    expect(useViewStore.getState().filter.types).toEqual(['peer-support']);
    await userEvent.keyboard('{Escape}');
    expect(details.open).toBe(false);
    expect(screen.queryByRole('group', { name: 'Intervention type', hidden: true })).toBeNull();
    // The choice made stays said on the closed trigger.
    expect(summary.textContent).toBe('Intervention type: Peer support');
  });
});
