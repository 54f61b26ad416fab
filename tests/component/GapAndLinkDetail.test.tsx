import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailPanel } from '../../src/ui/DetailPanel/DetailPanel';
import { useViewStore } from '../../src/store';
import { smallMap } from '../fixtures/loadFixture';

function openPanelOn(id: string) {
  act(() => useViewStore.getState().select(id));
  render(<DetailPanel dataset={smallMap()} />);
  return screen.getByRole('complementary', { name: 'Details' });
}

/** A gap and a link share their factor and sources sections: each factor opens, each source is cited. */
describe('a gap’s and a link’s details', () => {
  it('a link names its two ends, each opening that factor, and cites its source', async () => {
    const panel = openPanelOn('homeless-on-release-to-missed-appointments');
    const ends = within(panel).getByRole('heading', { name: 'Its two ends' }).parentElement!;
    const items = within(ends).getAllByRole('listitem').map((li) => li.textContent);
    expect(items[0]).toMatch(/^From /);
    expect(items[1]).toMatch(/^To /);
    const sources = within(panel).getByRole('heading', { name: 'Sources' }).parentElement!;
    expect(within(sources).getByText('“quote linking homeless-on-release and missed-appointments”')).toBeTruthy();
    const to = within(ends).getAllByRole('button')[1]!;
    const name = to.textContent!;
    await userEvent.click(to);
    expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
  });

  it('a gap names the factors it concerns, counted, each opening that factor, and cites who says so', async () => {
    const panel = openPanelOn('release-night');
    const concerns = within(panel).getByRole('heading', { name: 'Concerns (1)' }).parentElement!;
    const sources = within(panel).getByRole('heading', { name: 'Sources' }).parentElement!;
    expect(within(sources).getByText('“nobody counts it”')).toBeTruthy();
    const factor = within(concerns).getByRole('button');
    const name = factor.textContent!;
    await userEvent.click(factor);
    expect(screen.getByRole('heading', { level: 2, name })).toBeTruthy();
  });
});
