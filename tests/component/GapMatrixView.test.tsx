import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { GapMatrixView } from '../../src/ui/GapMatrix/GapMatrixView';
import { useViewStore } from '../../src/store';
import { EVIDENCE_LEVELS, EVIDENCE_SCALE } from '../../src/model';
import { smallMap } from '../fixtures/loadFixture';

const matrix = () => screen.getByRole('table', { name: /^Intervention types against/ });
const columnHeaders = () => within(matrix()).getAllByRole('columnheader').map((th) => th.textContent);

/** Each row's header and what its cells read as, as a screen reader would go along the row. */
function readRows(): Array<[string, ...string[]]> {
  return within(matrix())
    .getAllByRole('row')
    .slice(1)
    .map((row) => [
      within(row).getByRole('rowheader').textContent ?? '',
      ...within(row)
        .getAllByRole('cell')
        .map((cell) => {
          const button = within(cell).queryByRole('button');
          if (button) return (button.textContent ?? '').replace(/\s+/g, ' ').trim();
          return cell.querySelector('.visually-hidden')?.textContent ?? cell.textContent ?? '';
        }),
    ]);
}

const GAP = 'No interventions: a gap';

/** What a sighted person reads in an element: its text without the words kept for screen readers. */
function visibleText(element: Element): string {
  const copy = element.cloneNode(true) as Element;
  copy.querySelectorAll('.visually-hidden').forEach((hidden) => hidden.remove());
  return (copy.textContent ?? '').replace(/\s+/g, ' ').replace(/ ,/g, ',').trim();
}
const cellButton = (name: string) => within(matrix()).getByRole('button', { name });

describe('evidence-gap matrix: a funder asks "where is nobody working, and where is the evidence thin?"', () => {
  it('puts each intervention type against the domains, with counts, best evidence and citations', () => {
    render(<GapMatrixView dataset={smallMap()} />);
    expect(columnHeaders()).toEqual(['Intervention type', 'Housing', 'Justice', 'Health', 'Relationships', 'Outcome']);
    const peer = cellButton('Peer support in Relationships: 1 intervention, best evidence Testimony, 1 citation. Show on the map');
    expect(visibleText(peer)).toBe('1 Testimony 1 citation');
    expect(peer.querySelector('.evidence--testimony')).not.toBeNull();
    expect(readRows()).toEqual([
      ['Peer support', GAP, GAP, GAP, 'Peer support in Relationships: 1 intervention, best evidence Testimony, 1 citation. Show on the map', GAP],
      ['Accommodation', 'Accommodation in Housing: 1 intervention, best evidence Weak, 1 citation. Show on the map', GAP, GAP, GAP, GAP],
      ['Treatment', GAP, GAP, 'Treatment in Health: 1 intervention, best evidence Limited, 1 citation. Show on the map', GAP, GAP],
      ['Named evidence gaps', '1 named evidence gap concerning Housing: show the questions', '0', '0', '0', '0'],
    ]);
  });

  it('shows an empty cell as a visible gap', () => {
    render(<GapMatrixView dataset={smallMap()} />);
    const peerRow = within(matrix()).getByRole('rowheader', { name: 'Peer support' }).closest('tr')!;
    const housing = within(peerRow).getAllByRole('cell')[0]!;
    expect(within(housing).queryByRole('button')).toBeNull();
    expect(housing.textContent).toBe(`—${GAP}`);
  });

  it('switches the columns to the stages of a person’s journey', async () => {
    render(<GapMatrixView dataset={smallMap()} />);
    const domains = screen.getByRole('button', { name: 'Domains' });
    const stages = screen.getByRole('button', { name: 'Stages' });
    expect(domains.getAttribute('aria-pressed')).toBe('true');
    await userEvent.click(stages);
    expect(useViewStore.getState().axis).toBe('stage');
    expect(stages.getAttribute('aria-pressed')).toBe('true');
    expect(domains.getAttribute('aria-pressed')).toBe('false');
    expect(columnHeaders()).toEqual(['Intervention type', 'In the community', 'In prison', 'Release', 'On probation']);
    expect(readRows()).toEqual([
      [
        'Peer support',
        GAP,
        'Peer support, stage In prison: 1 intervention, best evidence Testimony, 1 citation. Show on the map',
        'Peer support, stage Release: 1 intervention, best evidence Testimony, 1 citation. Show on the map',
        'Peer support, stage On probation: 1 intervention, best evidence Testimony, 1 citation. Show on the map',
      ],
      ['Accommodation', GAP, GAP, 'Accommodation, stage Release: 1 intervention, best evidence Weak, 1 citation. Show on the map', GAP],
      [
        'Treatment',
        'Treatment, stage In the community: 1 intervention, best evidence Limited, 1 citation. Show on the map',
        'Treatment, stage In prison: 1 intervention, best evidence Limited, 1 citation. Show on the map',
        GAP,
        GAP,
      ],
      ['Named evidence gaps', '0', '0', '1 named evidence gap concerning Release: show the questions', '0'],
    ]);
  });

  it('opens on the axis a shared link asked for', () => {
    act(() => useViewStore.getState().setAxis('stage'));
    render(<GapMatrixView dataset={smallMap()} />);
    expect(screen.getByRole('button', { name: 'Stages' }).getAttribute('aria-pressed')).toBe('true');
    expect(columnHeaders()[1]).toBe('In the community');
  });

  it('counts several interventions in one cell, with their best evidence and only the citations behind it', () => {
    const dataset = smallMap();
    const housing = dataset.interventions.find((i) => i.id === 'housing-on-release')!;
    housing.type = 'treatment';
    housing.domain = 'health';
    // The weaker intervention's citations must not make the best evidence look better supported.
    housing.evidence.citations.push({ source: 'provider-note', quote: 'another' });
    render(<GapMatrixView dataset={dataset} />);
    const cell = cellButton('Treatment in Health: 2 interventions, best evidence Limited, 1 citation. Show on the map');
    expect(visibleText(cell)).toBe('2 Limited 1 citation');
  });

  it('opens the map filtered to a cell when it is clicked', async () => {
    act(() => useViewStore.getState().setView('gaps'));
    render(<GapMatrixView dataset={smallMap()} />);
    await userEvent.click(cellButton('Peer support in Relationships: 1 intervention, best evidence Testimony, 1 citation. Show on the map'));
    const { view, filter } = useViewStore.getState();
    expect(view).toBe('map');
    expect(filter.types).toEqual(['peer-support']);
    expect(filter.domains).toEqual(['relationships']);
    expect(filter.stages).toEqual([]);
  });

  it('filters the map by stage when the columns are stages', async () => {
    act(() => {
      useViewStore.getState().setView('gaps');
      useViewStore.getState().setAxis('stage');
    });
    render(<GapMatrixView dataset={smallMap()} />);
    await userEvent.click(cellButton('Treatment, stage In prison: 1 intervention, best evidence Limited, 1 citation. Show on the map'));
    const { view, filter } = useViewStore.getState();
    expect(view).toBe('map');
    expect(filter.types).toEqual(['treatment']);
    expect(filter.stages).toEqual(['prison']);
    expect(filter.domains).toEqual([]);
  });

  it('explains the colours and what an empty cell means', () => {
    render(<GapMatrixView dataset={smallMap()} />);
    const key = screen.getByRole('region', { name: 'Key' });
    for (const level of EVIDENCE_LEVELS) {
      expect(within(key).getByText(EVIDENCE_SCALE[level].label).className).toBe(`evidence evidence--${level}`);
      expect(within(key).getByText(EVIDENCE_SCALE[level].plainWords)).toBeTruthy();
    }
    expect(within(key).getByText(/A gap: the map has no intervention of that type there/)).toBeTruthy();
  });
});
