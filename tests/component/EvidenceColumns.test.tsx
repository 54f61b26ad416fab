import { describe, expect, it } from 'vitest';
import { act, render, screen, within } from '@testing-library/react';
import { DetailPanel } from '../../src/ui/DetailPanel/DetailPanel';
import { useViewStore } from '../../src/store';
import type { Dataset } from '../../src/model';
import { smallMap } from '../fixtures/loadFixture';

/** The fixture with one external review summarised in the first intervention's evidence. */
function withResearch(): Dataset {
  const dataset = smallMap();
  dataset.sources.push({
    id: 'a-review',
    title: 'A made-up meta-analysis of mentoring',
    kind: 'review',
    external: true,
    study: 'meta-analysis',
    publisher: 'A made-up publisher',
    url: 'https://example.org/review',
    readAt: 'javascript:alert(1)',
    read: '2026-11-30',
    caveat: 'Made up for tests: all studies from one country.',
  });
  const mentors = dataset.interventions[0]!;
  mentors.evidence = {
    ...mentors.evidence,
    strength: 'moderate',
    direction: 'reduces',
    basis: { restsOn: 'research', sources: ['a-review'] },
    citations: [
      ...mentors.evidence.citations,
      {
        source: 'a-review',
        finding: 'People who were mentored reoffended less than similar people who were not.',
        locator: 'Table 3',
        effect: { measure: 'odds ratio, any reoffending', value: '0.8', interval: '95% CI 0.7-0.9', studies: '12 studies' },
        direction: 'reduces',
        outcome: 'reoffending',
      },
    ],
  };
  return dataset;
}

function openOn(dataset: Dataset, id: string) {
  act(() => useViewStore.getState().select(id));
  render(<DetailPanel dataset={dataset} />);
  return screen.getByRole('complementary', { name: 'Details' });
}

describe('an intervention’s evidence: a funder reads what the research found beside what people said', () => {
  it('shows both columns, the research marked as a summary with its locator, figure and address, the quotes as quotes', () => {
    const panel = openOn(withResearch(), 'peer-mentors');
    const research = within(panel).getByRole('region', { name: 'What the research found' });
    const people = within(panel).getByRole('region', { name: 'What people with lived experience and practitioners said' });

    expect(within(research).getByText(/Rated/).textContent).toBe('Rated Moderate · Reduces reoffending');
    expect(within(research).getByText(/The rating rests on research, carried by A made-up meta-analysis of mentoring/)).toBeTruthy();
    const label = within(research).getByText(/Summarised from/);
    expect(label.textContent).toBe('Summarised from A made-up meta-analysis of mentoring, Table 3');
    expect(within(research).getByText('People who were mentored reoffended less than similar people who were not.').tagName).toBe('P');
    expect(within(research).getByText('Figure as reported: odds ratio, any reoffending: 0.8 (95% CI 0.7-0.9; 12 studies)')).toBeTruthy();
    expect(within(research).getByRole('link', { name: /Read the source/ }).getAttribute('href')).toBe('https://example.org/review');
    expect(within(research).queryByRole('link', { name: /The copy we read/ }), 'a non-http address never becomes a link').toBeNull();
    expect(within(research).queryByRole('blockquote')).toBeNull();

    expect(within(people).getByText('“peer mentors helped me”').tagName).toBe('BLOCKQUOTE');
    expect(within(people).queryByText(/Summarised from/)).toBeNull();
  });

  it('says so when no research has been read, and keeps the quotes', () => {
    const panel = openOn(smallMap(), 'peer-mentors');
    const research = within(panel).getByRole('region', { name: 'What the research found' });
    expect(within(research).getByText('No research finding has been read for this intervention.')).toBeTruthy();
    const people = within(panel).getByRole('region', { name: 'What people with lived experience and practitioners said' });
    expect(within(people).getByText('“peer mentors helped me”')).toBeTruthy();
  });
});

describe('an external source chosen from search: a researcher checks where a summary came from', () => {
  it('says what kind of study it is, that it is summarised not stored, when it was read, and links only http(s) addresses', () => {
    const panel = openOn(withResearch(), 'a-review');
    expect(within(panel).getByText('Source · Evidence review · Meta-analysis')).toBeTruthy();
    expect(within(panel).getByText('Not stored here: cited by summaries in our own words, read on 2026-11-30.')).toBeTruthy();
    expect(within(panel).getByRole('link', { name: /Read the source/ }).getAttribute('href')).toBe('https://example.org/review');
    expect(within(panel).queryByRole('link', { name: /The copy we read/ })).toBeNull();
    expect(within(panel).getByText('The copy we read')).toBeTruthy();
  });
});
