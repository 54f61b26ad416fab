import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import { ImpactCostView } from '../../src/ui/ImpactCost/ImpactCostView';
import { impactChartForExport } from '../../src/ui/ImpactCost/impactExport';
import impactStylesheet from '../../src/ui/ImpactCost/impactCost.css?raw';
import { stylesheetPicture } from '../../src/ui/Export/exportPicture';
import { snapshotSvg } from '../../src/ui/Export/svgSnapshot';
import { COLOURS } from '../../src/map/tokens';
import { impactMap } from '../fixtures/loadImpactFixture';

/**
 * Issue 25: the impact-and-cost picture exports with the look its stylesheet gives it, applied by
 * the export itself; jsdom computes no styles, so every colour below came from the rules.
 */
describe('a funder exports the impact-and-cost picture', () => {
  it('keeps harm red and pointing down, no clear effect a hollow ring, each band’s words, with nothing from the live page', () => {
    const dataset = impactMap();
    render(<ImpactCostView dataset={dataset} />);
    const chart = impactChartForExport(dataset, new Set(dataset.interventions.map((i) => i.id)))!;
    expect(chart).not.toBeNull();
    const { svg } = snapshotSvg({
      picture: stylesheetPicture(chart.svg, impactStylesheet, COLOURS.paper),
      title: 'Impact against cost',
      description: chart.description,
      legend: [],
      attribution: ['Impact fixture'],
      background: 'white',
    });
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    const look = (selector: string, name: string) => doc.querySelector(selector)?.getAttribute(name);
    expect(look('path.impact-shape--harmful', 'fill')).toBe('#a11d1d');
    expect(look('path.impact-shape--harmful', 'stroke-width')).toBe('1.5');
    expect(look('.impact-shape--no-clear-effect circle', 'fill')).toBe(COLOURS.paper);
    expect(look('.impact-shape--no-clear-effect line', 'stroke')).toBe(COLOURS.dimmedInk);
    expect(look('.impact-row--harmful .impact-row-label', 'fill')).toBe('#8e1b1b');
    expect(look('.impact-no-effect-line', 'stroke')).toBe(COLOURS.ink);
    // No live state: no styles, roles, focus stops or stylesheet travel with the picture.
    expect(doc.querySelectorAll('style, [style], [role], [tabindex]')).toHaveLength(0);
    expect(doc.documentElement.textContent).toContain('Scare tactics visits');
  });
});
