import { render, screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import bundled from '../../data/reoffending-map.json';
import { parseDataset } from '../../src/model';
import { indexDataset } from '../../src/analysis';
import { LinkEvidence } from '../../src/ui/DetailPanel/LinkEvidence';
import { isResearch } from '../../src/ui/DetailPanel/evidenceSplit';

const parsed = parseDataset(bundled);
if (!parsed.ok) throw new Error('the bundled dataset is invalid');
const dataset = parsed.dataset;
const index = indexDataset(dataset);
const researched = (l: (typeof dataset.links)[number]) => l.citations.some((c) => isResearch(index.source.get(c.source)));

describe('a link says how it is known', () => {
  it('says a link rests on research as well as testimony, and counts the findings', () => {
    const link = dataset.links.find(researched);
    expect(link, 'the bundled dataset cites research on some link').toBeDefined();
    render(<LinkEvidence link={link!} index={index} />);
    expect(screen.getByText(/Rests on research as well as testimony/)).toBeTruthy();
    expect(screen.getByText(/research: \d+ finding/)).toBeTruthy();
  });

  it('says a link resting on testimony only is a claim to test', () => {
    const link = dataset.links.find((l) => !researched(l) && l.basis === 'inferred')!;
    render(<LinkEvidence link={link} index={index} />);
    expect(screen.getByText(/Rests on testimony only: a claim to test/)).toBeTruthy();
    expect(screen.getByText(/inferred this link/)).toBeTruthy();
  });
});
