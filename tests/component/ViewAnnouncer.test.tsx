import { describe, expect, it } from 'vitest';
import { act, render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { ViewAnnouncer } from '../../src/ui/Announcer/ViewAnnouncer';
import { WhatIfPanel } from '../../src/ui/WhatIf/WhatIfPanel';
import { useViewStore } from '../../src/store';
import { smallMap } from '../fixtures/loadFixture';

const announced = () => screen.getByRole('status', { name: 'Map updates' }).textContent;

describe('a screen-reader user hears what their action changed', () => {
  it('hears a selection by name and kind, and hears it cleared', () => {
    render(<ViewAnnouncer dataset={smallMap()} />);
    expect(announced()).toBe('');
    act(() => useViewStore.getState().select('fear-of-recall'));
    expect(announced()).toBe('Selected Fear of recall, factor. Its details are open.');
    act(() => useViewStore.getState().select('peer-mentors'));
    expect(announced()).toMatch(/^Selected Peer mentors.*, intervention\./);
    act(() => useViewStore.getState().select(null));
    expect(announced()).toBe('Selection cleared.');
  });

  it('hears what the what-if funds and which way the outcome moves, as the checkbox is ticked', async () => {
    const dataset = smallMap();
    render(
      <>
        <WhatIfPanel dataset={dataset} />
        <ViewAnnouncer dataset={dataset} />
      </>,
    );
    await userEvent.click(screen.getByRole('checkbox', { name: /Housing on release/ }));
    expect(announced()).toMatch(/^What-if, weighted by evidence: funding Housing on release\. Reoffending (falls|rises|no effect)/);
    await userEvent.click(screen.getByRole('button', { name: 'Fund nothing' }));
    expect(announced()).toBe('What-if: funding nothing.');
  });

  it('says nothing for changes that are not a person’s action on the view (zoom)', () => {
    render(<ViewAnnouncer dataset={smallMap()} />);
    act(() => useViewStore.setState({ zoom: { x: 1, y: 2, k: 2 } }));
    expect(announced()).toBe('');
  });
});
