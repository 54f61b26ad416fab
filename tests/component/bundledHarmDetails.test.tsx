import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { DetailPanel } from '../../src/ui/DetailPanel/DetailPanel';
import { useViewStore } from '../../src/store';
import { parseDataset, type Dataset } from '../../src/model';
import published from '../../data/reoffending-map.json';

/** The bundled map as shipped, where Scared Straight is the intervention with evidence of harm. */
function bundled(): Dataset {
  const result = parseDataset(structuredClone(published));
  if (!result.ok) throw new Error('data/reoffending-map.json is not valid');
  return result.dataset;
}

describe('details of Scared Straight on the bundled map', () => {
  it('reads "intended to lower reoffending", harmful, with WSIPP’s negative benefit-cost ratio and its US setting', () => {
    act(() => useViewStore.getState().select('scared-straight'));
    render(<DetailPanel dataset={bundled()} />);
    const panel = screen.getByRole('complementary', { name: 'Details' });
    expect(panel.textContent).toContain('Intended to lower Reoffending');
    const cost = within(panel).getByRole('heading', { name: /^Cost and value for money/ }).closest('section')!;
    expect(cost.textContent).not.toContain('no source we read reports a benefit-cost ratio');
    expect(cost.textContent).toContain('Benefit-cost ratio −82.77 (a net loss: the benefits themselves are negative)');
    expect(cost.textContent).toContain('chance benefits exceed costs 4%');
    expect(cost.textContent).toContain('Measured in: United States: Washington State');
    expect(cost.textContent).toContain('As reported: Benefit to cost ratio ($82.77)');
  });
});
