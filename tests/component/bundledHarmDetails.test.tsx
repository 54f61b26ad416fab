import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { DetailPanel } from '../../src/ui/DetailPanel/DetailPanel';
import { Legend } from '../../src/ui/Legend/Legend';
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

describe('cost per person kept from reoffending, on the bundled map', () => {
  const keptLine = (id: string) => {
    act(() => useViewStore.getState().select(id));
    const { unmount } = render(<DetailPanel dataset={bundled()} />);
    const cost = within(screen.getByRole('complementary', { name: 'Details' })).getByRole('heading', { name: /^Cost and value for money/ }).closest('section')!;
    const text = cost.textContent ?? '';
    unmount();
    return text;
  };

  it('says one figure with no range where nothing spreads it, never "$9,131 to $9,131"', () => {
    const text = keptLine('education-and-training');
    expect(text).toContain('Estimate: about $9,131 (one figure: no interval or spread reported, so no range)');
    expect(text).not.toContain('$9,131 to $9,131');
  });

  it('gives women’s centres no upper bound, as the Brighton result it rests on is not significant, naming sources by title', () => {
    const text = keptLine('womens-community-services');
    expect(text).toContain('£30,575 or more: no upper bound, as the finding it rests on is not statistically significant');
    expect(text).toContain("(The case for sustainable funding for Women's Centres) ÷ 0.04");
    expect(text).toContain("Justice Data Lab: Brighton Women's Centre (second analysis)) = £66,850");
  });
});

describe('price years, on the bundled map', () => {
  it('says the price year is not stated for restorative justice and women’s centres, whose sources do not state one', () => {
    for (const id of ['restorative-justice', 'womens-community-services']) {
      act(() => useViewStore.getState().select(id));
      const { unmount } = render(<DetailPanel dataset={bundled()} />);
      const cost = within(screen.getByRole('complementary', { name: 'Details' })).getByRole('heading', { name: /^Cost and value for money/ }).closest('section')!;
      expect(cost.textContent).toContain('per participant (price year not stated)');
      expect(cost.textContent).not.toMatch(/\(20\d\d prices\)/);
      unmount();
    }
  });
});

describe('what is at stake, on the bundled map', () => {
  it('says the price year is not stated for a year in prison for a woman, as its 2020 source states none', async () => {
    render(<Legend dataset={bundled()} />);
    const stakes = await screen.findByRole('region', { name: 'At stake' });
    const line = within(stakes).getByText(/Cost of keeping a woman in prison for a year/).closest('li') ?? stakes;
    expect(line.textContent).toContain('per woman in prison per year, price year not stated)');
  });
});
