import { describe, expect, it } from 'vitest';
import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WhatIfPanel } from '../../src/ui/WhatIf/WhatIfPanel';
import { useViewStore } from '../../src/store';
import { EVIDENCE_LEVELS, EVIDENCE_SCALE } from '../../src/model';
import { smallMap } from '../fixtures/loadFixture';

const outcomeLine = () => document.querySelector('.what-if-outcome')?.textContent ?? '';
const number = (text: string) => Number(/([+−])(\d+\.\d\d)/.exec(text)?.slice(1).join('').replace('−', '-'));

describe('what-if: a funder asks "what if we fund this, and how sure are we?"', () => {
  it('shows the evidence weights it uses and states its linear scale', () => {
    render(<WhatIfPanel dataset={smallMap()} />);
    const weights = screen.getByRole('table', { name: 'Evidence weights used for each push' });
    expect(within(weights).getAllByRole('row').slice(1).map((r) => r.textContent)).toEqual(
      [...EVIDENCE_LEVELS].reverse().map((level) => `${EVIDENCE_SCALE[level].label}${EVIDENCE_SCALE[level].weight}`),
    );
    const note = screen.getByRole('note');
    expect(note.textContent).toContain('not a forecast');
    expect(note.textContent).toContain('share of the largest push any single intervention on this map gives the same factor');
    expect(note.textContent).toContain('nothing squashed');
  });

  it('gives two interventions different answers by reach and evidence, adds them when both are funded, and drops the weights when switched to structure', async () => {
    const dataset = smallMap();
    render(<WhatIfPanel dataset={dataset} />);
    const [first, second] = [...dataset.interventions].filter((i) => i.targets.length > 0).slice(0, 2);
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${first!.label}`) }));
    const alone = number(outcomeLine());
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${first!.label}`) }));
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${second!.label}`) }));
    const other = number(outcomeLine());
    expect(alone).not.toBeCloseTo(other, 2);
    await userEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${first!.label}`) }));
    expect(number(outcomeLine())).toBeCloseTo(alone + other, 1);
    // Each part is listed with its evidence and weight.
    expect(screen.getByText(new RegExp(`weight ${EVIDENCE_SCALE[first!.evidence.strength].weight}`))).toBeTruthy();
    await userEvent.click(screen.getByRole('button', { name: 'Structure only' }));
    expect(useViewStore.getState().weighting).toBe('structure');
    expect(screen.queryByRole('table', { name: /Evidence weights/ })).toBeNull();
    expect(screen.getByRole('note').textContent).toContain('whatever its evidence');
  });
});
