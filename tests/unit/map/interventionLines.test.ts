import { describe, expect, it } from 'vitest';
import { INTERVENTION_LABEL_CHARS, interventionLines } from '../../../src/map/layout/journeyLayout';

describe('an intervention’s name in the lane', () => {
  it('keeps a closing qualifier such as “(what not to fund)” whole, within the slot’s width', () => {
    const lines = interventionLines('Boot camps and military-style regimes (what not to fund)');
    expect(lines.slice(1).join(' ')).toBe('(what not to fund)');
    expect(lines[0]).toMatch(/^Boot camps/);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(INTERVENTION_LABEL_CHARS + 1);
  });

  it('shortens a plain name to two lines, cut with …', () => {
    const lines = interventionLines('Mentoring, especially by peer mentors');
    expect(lines).toHaveLength(2);
    expect(lines[1]).toMatch(/…$/);
  });
});
