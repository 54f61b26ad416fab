import { describe, expect, it } from 'vitest';
import { shortLabel, wrapLabel } from '../../../src/map/render/wrapLabel';

describe('map labels', () => {
  it('wraps a label onto lines of about the given width', () => {
    expect(wrapLabel('Released from prison with nowhere to sleep', 20)).toEqual(['Released from prison', 'with nowhere to', 'sleep']);
  });

  it('ends a cut label in one ellipsis, never two', () => {
    const lines = wrapLabel('Benefits sanctioned, stopped or delayed on release so there is no money at all for weeks', 20, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines.join(' ')).not.toMatch(/…\S*…|\.…|……/);
    expect(shortLabel('Struggling to keep the rules of the licence')).toEqual(['Struggling to keep th…']);
    expect(shortLabel('Benefits sanctioned ... and more')).toEqual(['Benefits sanctioned…']);
  });

  it('leaves a short label whole', () => {
    expect(wrapLabel('Reoffending')).toEqual(['Reoffending']);
    expect(shortLabel('Reoffending')).toEqual(['Reoffending']);
  });
});
