import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import { Sidebar } from '../../src/ui/Sidebar/Sidebar';
import { SIDEBAR_TABS, VIEW_REGISTRY } from '../../src/app/registry';
import { sidebarTab } from '../../src/app/PanelView';
import { DEFAULT_VIEW_STATE, VIEWS, useViewStore, type ViewState } from '../../src/store';
import { fromParams } from '../../src/store/url/viewParams';
import { smallMap } from '../fixtures/loadFixture';

/** The tab the sidebar opens on for a link, as a person sees it: the selected tab's name. */
function openedTabFor(query: string): string | null {
  useViewStore.getState().restore(fromParams(new URLSearchParams(query)).state as ViewState);
  const dataset = smallMap();
  const { unmount } = render(<Sidebar tabs={SIDEBAR_TABS.map((tab) => sidebarTab(tab, dataset))} />);
  const name = screen.getByRole('tab', { selected: true }).textContent;
  unmount();
  useViewStore.getState().restore(DEFAULT_VIEW_STATE);
  return name;
}

describe('a shared link opens the sidebar on the tab its view needs', () => {
  it('paths over a loop, a loop over the what-if, the what-if over a chosen source, else the legend', () => {
    expect(openedTabFor('')).toBe('Legend');
    expect(openedTabFor('loop=recall-loop')).toBe('Loops');
    expect(openedTabFor('loop=recall-loop&path=recall,reoffending')).toBe('Paths');
    expect(openedTabFor('fund=peer-mentors')).toBe('What if');
    expect(openedTabFor('fund=peer-mentors&loop=recall-loop')).toBe('Loops');
    expect(openedTabFor('source=interviews')).toBe('Sources');
    expect(openedTabFor('source=interviews&fund=peer-mentors')).toBe('What if');
  });

  it('every view the address accepts has an entry, in the view switch’s order', () => {
    expect(Object.keys(VIEW_REGISTRY)).toEqual([...VIEWS]);
    expect(Object.values(VIEW_REGISTRY).map((entry) => entry.id)).toEqual([...VIEWS]);
  });
});
