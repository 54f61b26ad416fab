import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { act, fireEvent, render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { TableView } from '../../src/ui/Table/TableView';
import type { Dataset } from '../../src/model';
import { smallMap } from '../fixtures/loadFixture';

/** A merged map far larger than the bundled one: 3,000 factors joined by 30,000 links. */
function largeMap(): Dataset {
  const base = smallMap();
  const citations = base.factors[0]!.citations;
  const factors = Array.from({ length: 3_000 }, (_, i) => ({ ...base.factors[0]!, id: `f${i}`, label: `Factor ${String(i).padStart(4, '0')}`, citations }));
  const links = Array.from({ length: 30_000 }, (_, i) => ({
    ...base.links[0]!,
    id: `l${i}`,
    from: `f${i % 3_000}`,
    to: `f${(i % 3_000) + 1 + Math.floor(i / 3_000) < 3_000 ? (i % 3_000) + 1 + Math.floor(i / 3_000) : Math.floor(i / 3_000)}`,
    description: `Link ${i}`,
  }));
  return { ...base, factors, links, interventions: [], gaps: [], loops: [] };
}

const bodyRows = (table: HTMLElement) => [...table.querySelectorAll('tbody tr')].filter((row) => row.getAttribute('aria-hidden') !== 'true');

/** jsdom lays nothing out: give each table's scrolling box the height a browser window would. */
const clientHeight = Object.getOwnPropertyDescriptor(Element.prototype, 'clientHeight')!;
beforeAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', {
    configurable: true,
    get(this: Element) {
      return this.classList.contains('table-scroll') ? 600 : 0;
    },
  });
});
afterAll(() => {
  Object.defineProperty(Element.prototype, 'clientHeight', clientHeight);
});

describe('table view at scale: a researcher opens a merged map of 30,000 links', () => {
  it('draws only a window of the rows, while telling assistive technology the true size', () => {
    render(<TableView dataset={largeMap()} />);
    const links = screen.getByRole('table', { name: /^Links/ });
    expect(links.querySelector('caption')?.textContent).toBe('Links (30000)');
    expect(links.getAttribute('aria-rowcount')).toBe('30001');
    const drawn = bodyRows(links);
    expect(drawn.length).toBeGreaterThan(0);
    expect(drawn.length).toBeLessThan(100);
    expect(drawn[0]!.getAttribute('aria-rowindex')).toBe('2');
    expect(screen.getByRole('region', { name: /^Links \(30000\): scroll to see more rows/ })).toBeTruthy();
  }, 30_000);

  it('shows the rows further down when the table is scrolled, and still only a window of them', () => {
    render(<TableView dataset={largeMap()} />);
    const region = screen.getByRole('region', { name: /^Links/ });
    act(() => {
      region.scrollTop = 20_000 * 34;
      fireEvent.scroll(region);
    });
    const drawn = bodyRows(screen.getByRole('table', { name: /^Links/ }));
    const indices = drawn.map((row) => Number(row.getAttribute('aria-rowindex')));
    expect(Math.min(...indices)).toBeGreaterThan(19_000);
    expect(drawn.length).toBeLessThan(100);
  }, 30_000);

  it('sorts all 30,000 rows, not just the ones drawn', async () => {
    render(<TableView dataset={largeMap()} />);
    const factors = screen.getByRole('table', { name: /^Factors/ });
    const header = within(factors).getByRole('columnheader', { name: /^Factor/ }).querySelector('button')!;
    await userEvent.click(header);
    expect(header.closest('th')?.getAttribute('aria-sort')).toBe('descending');
    const first = bodyRows(factors)[0]!;
    expect(first.getAttribute('aria-rowindex')).toBe('2');
    expect(within(first as HTMLElement).getAllByRole('cell')[0]!.textContent).toBe('Factor 2999');
  }, 30_000);
});
