import { describe, expect, it } from 'vitest';
import { render, screen } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { WhatIfPanel } from '../../src/ui/WhatIf/WhatIfPanel';
import { impactMap } from '../fixtures/loadImpactFixture';

const fund = (label: string) => userEvent.click(screen.getByRole('checkbox', { name: new RegExp(`^${label}`) }));
const sizes = () => screen.getByRole('region', { name: 'Sizes from the research' });

describe('what-if with sizes: "how many people is that?"', () => {
  it('says, per 100 people reached, how many fewer reoffend on the source’s figure, apart from the map’s ripple', async () => {
    render(<WhatIfPanel dataset={impactMap()} />);
    await fund('Housing on release');
    expect(sizes().textContent).toContain(
      'Housing on release (large): For every 100 people it reaches, about 13 fewer reoffend (range 8 to 18), on A review of housing on release’s figure.',
    );
    // The structural ripple stays as it was, under its own heading, before the sizes.
    const headings = screen.getAllByRole('heading', { level: 3 }).map((h) => h.textContent);
    expect(headings.indexOf('Effects on the map')).toBeGreaterThanOrEqual(0);
    expect(headings.indexOf('Effects on the map')).toBeLessThan(headings.indexOf('Sizes from the research'));
    expect(document.querySelector('.what-if-outcome')?.textContent).toMatch(/^Reoffending: /);
  });

  it('says "more" for a harmful intervention, and why there is no figure where the source gives no comparison rate', async () => {
    const dataset = impactMap();
    render(<WhatIfPanel dataset={dataset} />);
    await fund('Scare tactics visits');
    await fund('Drug treatment');
    expect(sizes().textContent).toContain('Scare tactics visits (harmful):');
    expect(sizes().textContent).toContain('It cannot be put per 100 people: the source gives no comparison group’s rate.');
    expect(sizes().textContent).toMatch(/Drug treatment \(small\): .*cannot be put per 100 people/);
  });

  it('with a comparison rate, a harmful figure reads as more people reoffending', async () => {
    const dataset = impactMap();
    const scare = dataset.interventions.find((i) => i.id === 'scare-tactics')!;
    const finding = scare.evidence.citations.find((c) => c.estimate)!;
    // As if the review also gave the comparison group's rate (30%); 41.9% is what the odds ratio implies.
    finding.estimate = { ...finding.estimate!, rates: { intervention: 41.9, comparison: 30 } };
    render(<WhatIfPanel dataset={dataset} />);
    await fund('Scare tactics visits');
    expect(sizes().textContent).toContain('For every 100 people it reaches, about 12 more reoffend (range 4 to 20), on A review of housing on release’s figure.');
  });
});
