import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { DetailPanel } from '../../src/ui/DetailPanel/DetailPanel';
import { useViewStore } from '../../src/store';
import { smallMap } from '../fixtures/loadFixture';

function openPanelOn(id: string, dataset = smallMap()) {
  act(() => useViewStore.getState().select(id));
  render(<DetailPanel dataset={dataset} />);
  return screen.getByRole('complementary', { name: 'Details' });
}

describe('detail panel: a funder asks why a factor is on the map', () => {
  it('is absent until something is selected', () => {
    render(<DetailPanel dataset={smallMap()} />);
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull();
  });

  it('shows the factor’s label, description, domain and stage', () => {
    const panel = openPanelOn('fear-of-recall');
    expect(within(panel).getByRole('heading', { level: 2, name: 'Fear of recall' })).toBeTruthy();
    expect(within(panel).getByText('Fixture factor: fear of recall.')).toBeTruthy();
    expect(within(panel).getByText('Factor · Justice · On probation')).toBeTruthy();
  });

  it('lists incoming and outgoing links in words, marks inferred ones, and moves along a link when clicked', async () => {
    const panel = openPanelOn('hidden-problems');
    const leadsTo = within(panel).getByRole('heading', { name: 'Leads to (1)' }).parentElement!;
    expect(within(leadsTo).getByText('More “Problems kept from probation” means more “Needs go unmet”.')).toBeTruthy();
    expect(within(leadsTo).getByText('Inferred by the map’s authors')).toBeTruthy();
    const comesFrom = within(panel).getByRole('heading', { name: 'Comes from (2)' }).parentElement!;
    expect(within(comesFrom).getByText('More “A trusted worker” means less “Problems kept from probation”.')).toBeTruthy();

    await userEvent.click(within(leadsTo).getByRole('button', { name: 'Needs go unmet' }));
    expect(screen.getByRole('heading', { level: 2, name: 'Needs go unmet' })).toBeTruthy();
  });

  it('cites each source with its title, quote, what it states about itself, and a safe link', () => {
    const panel = openPanelOn('recall');
    const sources = within(panel).getByRole('heading', { name: 'Sources' }).parentElement!;
    expect(within(sources).getByText('“quote about recall to prison”')).toBeTruthy();
    expect(within(sources).getByText('Fixture interviews with people leaving prison')).toBeTruthy();
    expect(within(sources).getByText(/Test Author, 2024-05/)).toBeTruthy();
    const link = within(sources).getByRole('link', { name: /Read the source/ });
    expect(link.getAttribute('href')).toBe('https://example.org/interviews');
    expect(link.getAttribute('target')).toBe('_blank');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
    // What to weigh in a source is said once for the whole panel, not under each quote.
    expect(within(sources).queryByText(/Weigh this/)).toBeNull();
    const weigh = within(panel).getByRole('region', { name: 'What to weigh in these sources' });
    expect(within(weigh).getAllByText('Weigh this: A made-up source for tests only.')).toHaveLength(1);
    expect(within(panel).getAllByText(/Weigh this: A made-up source for tests only./)).toHaveLength(1);
  });

  it('groups the quotes from one source under it, and names its caveat once however many quotes cite it', () => {
    const dataset = smallMap();
    const recall = dataset.factors.find((f) => f.id === 'recall')!;
    recall.citations = [
      { source: 'interviews', quote: 'first quote' },
      { source: 'provider-note', quote: 'provider quote' },
      { source: 'interviews', quote: 'second quote' },
    ];
    const panel = openPanelOn('recall', dataset);
    const sources = within(panel).getByRole('heading', { name: 'Sources' }).parentElement!;
    const groups = [...sources.querySelectorAll('.citation-group')].map((g) => [g.querySelector('cite')?.textContent, [...g.querySelectorAll('blockquote')].map((q) => q.textContent)]);
    expect(groups).toEqual([
      ['Fixture interviews with people leaving prison', ['“first quote”', '“second quote”']],
      [expect.any(String), ['“provider quote”']],
    ]);
    const weigh = within(panel).getByRole('region', { name: 'What to weigh in these sources' });
    expect(within(weigh).getAllByText(/^Weigh this:/)).toHaveLength(2);
    expect(within(panel).getAllByText(/^Weigh this:/)).toHaveLength(2);
  });

  it('gives an intervention’s evidence strength in plain words, its targets and examples', () => {
    const panel = openPanelOn('housing-on-release');
    expect(within(panel).getByRole('heading', { name: 'Evidence: Weak' })).toBeTruthy();
    expect(within(panel).getByText(/a provider's own figure with no independent comparison group/i)).toBeTruthy();
    const actsOn = within(panel).getByRole('heading', { name: 'Acts on (1)' }).parentElement!;
    expect(actsOn.textContent).toContain('Lowers Released with nowhere to sleep');
  });

  it('links an example organisation only through http(s), in a new tab', () => {
    const panel = openPanelOn('peer-mentors');
    const link = within(panel).getByRole('link', { name: /Example Mentors/ });
    expect(link.getAttribute('href')).toBe('https://example.org/mentors');
    expect(link.getAttribute('rel')).toBe('noopener noreferrer');
  });

  it('closes on Escape and with the close button', async () => {
    openPanelOn('recall');
    await userEvent.keyboard('{Escape}');
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull();
    act(() => useViewStore.getState().select('recall'));
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(screen.queryByRole('complementary', { name: 'Details' })).toBeNull();
  });

  it('shows dataset text as text, never as HTML', () => {
    const dataset = smallMap();
    dataset.factors[0]!.description = '<img src=x onerror="alert(1)">';
    act(() => useViewStore.getState().select(dataset.factors[0]!.id));
    const { container } = render(<DetailPanel dataset={dataset} />);
    expect(container.querySelector('img')).toBeNull();
    expect(screen.getByText('<img src=x onerror="alert(1)">')).toBeTruthy();
  });
});

describe('detail panel: focus goes back where it came from', () => {
  it('returns focus to the opener when closed with the button, and forgets it afterwards', async () => {
    const dataset = smallMap();
    render(
      <>
        <button type="button" onClick={() => useViewStore.getState().select('recall')}>
          Open recall
        </button>
        <button type="button" onClick={() => useViewStore.getState().select('drug-use')}>
          Open drug use
        </button>
        <DetailPanel dataset={dataset} />
      </>,
    );
    await userEvent.click(screen.getByRole('button', { name: 'Open recall' }));
    expect(document.activeElement?.textContent).toBe('Recall to prison');
    await userEvent.click(screen.getByRole('button', { name: 'Close details' }));
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open recall' }));

    await userEvent.click(screen.getByRole('button', { name: 'Open drug use' }));
    await userEvent.keyboard('{Escape}');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Open drug use' }));
  });
});
