import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { SourcesPanel } from '../../src/ui/Sources/SourcesPanel';
import { sourcePiece } from '../../src/ui/Sources/sourcePiece';
import { announceChange, registerViewPiece, useViewStore, valueOf, viewStateOf } from '../../src/store';
import { fromParams, toParams } from '../../src/store/url/viewParams';
import { sanitiseView } from '../../src/store/url/sanitiseView';
import { SOURCE_KIND_LABELS, type Dataset } from '../../src/model';
import { smallMap } from '../fixtures/loadFixture';

/** Counted straight from the records, as a reader would count the quotes' sources. */
function citingCount(dataset: Dataset, source: string): number {
  const cites = (citations: ReadonlyArray<{ source: string }>) => citations.some((c) => c.source === source);
  return (
    dataset.factors.filter((r) => cites(r.citations)).length +
    dataset.links.filter((r) => cites(r.citations)).length +
    dataset.interventions.filter((r) => cites(r.evidence.citations)).length +
    dataset.gaps.filter((r) => cites(r.citations)).length
  );
}

beforeAll(() => registerViewPiece(sourcePiece));
afterEach(() => useViewStore.getState().setPiece(sourcePiece, null));

describe('Sources: a researcher asks "what rests on this document?"', () => {
  it('lists every source under its kind with how many records cite it, and choosing one lists them and puts it in the link', async () => {
    const dataset = smallMap();
    render(<SourcesPanel dataset={dataset} />);
    for (const source of dataset.sources) {
      const count = citingCount(dataset, source.id);
      const button = screen.getByRole('button', { name: new RegExp(`^${source.title}`) });
      expect(button.textContent).toContain(SOURCE_KIND_LABELS[source.kind]);
      expect(button.textContent).toContain(`cited by ${count} ${count === 1 ? 'record' : 'records'}`);
      expect(screen.getByRole('heading', { name: new RegExp(`^${SOURCE_KIND_LABELS[source.kind]}`) })).toBeTruthy();
    }

    const chosen = dataset.sources[0]!;
    const button = screen.getByRole('button', { name: new RegExp(`^${chosen.title}`) });
    await userEvent.click(button);
    expect(button.getAttribute('aria-pressed')).toBe('true');
    expect(toParams(viewStateOf(useViewStore.getState())).get('source')).toBe(chosen.id);
    const cited = screen.getByRole('region', { name: `What cites ${chosen.title}` });
    const factor = dataset.factors.find((f) => f.citations.some((c) => c.source === chosen.id))!;
    // Each citing record opens its details.
    await userEvent.click(within(cited).getByRole('button', { name: factor.label }));
    expect(useViewStore.getState().selectedId).toBe(factor.id);
    const listed = within(cited).getAllByRole('listitem').length;
    expect(listed).toBe(citingCount(dataset, chosen.id));

    await userEvent.click(within(cited).getByRole('button', { name: 'Clear the chosen source' }));
    expect(valueOf(sourcePiece, useViewStore.getState())).toBeNull();
    expect(screen.queryByRole('region', { name: `What cites ${chosen.title}` })).toBeNull();
  });

  it('reads source= from a link, drops a source the dataset lacks with a notice, and says the choice to a screen reader', () => {
    const dataset = smallMap();
    const chosen = dataset.sources[1]!;
    expect(sanitiseView(fromParams(new URLSearchParams(`source=${chosen.id}`)), dataset).state).toMatchObject({ source: chosen.id });
    const hostile = sanitiseView(fromParams(new URLSearchParams('source=constructor')), dataset);
    expect(hostile.state).toMatchObject({ source: null });
    expect(hostile.notices).toEqual(['Ignored source "constructor": this dataset has no such source.']);
    const before = viewStateOf(useViewStore.getState());
    useViewStore.getState().setPiece(sourcePiece, chosen.id);
    expect(announceChange(before, viewStateOf(useViewStore.getState()), dataset)).toEqual([
      `Source chosen: “${chosen.title}” (${SOURCE_KIND_LABELS[chosen.kind].toLowerCase()}). The records that cite it are listed.`,
    ]);
  });
});
