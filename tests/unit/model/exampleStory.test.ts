import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { normaliseForQuoteMatch, parseDataset, parseStory, type Dataset } from '../../../src/model';
import { fromParams } from '../../../src/store/url/viewParams';
import { sanitiseView } from '../../../src/store/url/sanitiseView';

const read = (path: string) => JSON.parse(readFileSync(new URL(path, import.meta.url), 'utf8')) as unknown;
const sources = new URL('../../../../shared/sources/', import.meta.url);

describe('the example story shipped with the dataset', () => {
  const parsedDataset = parseDataset(read('../../../data/reoffending-map.json'));
  if (!parsedDataset.ok) throw new Error('the bundled dataset is invalid: run npm run validate');
  const dataset: Dataset = parsedDataset.dataset;
  const parsed = parseStory(read('../../../data/stories/released-with-nowhere-to-sleep.json'));

  it('is a valid story for this dataset', () => {
    expect(parsed.ok).toBe(true);
    if (parsed.ok) expect(parsed.story.dataset).toBe(dataset.meta.title);
  });

  it('opens every step exactly: nothing in a step is unknown to the dataset', () => {
    if (!parsed.ok) throw new Error('invalid story');
    for (const step of parsed.story.steps) {
      const view = sanitiseView(fromParams(new URLSearchParams(step.view)), dataset);
      expect(view.notices, `step "${step.title}"`).toEqual([]);
    }
  });

  it('cites only the dataset’s sources, each quote word for word in its source text', () => {
    if (!parsed.ok) throw new Error('invalid story');
    if (!existsSync(sources)) throw new Error(`${sources.pathname} not found: ../shared/sources is not beside this clone, so the story's quotes cannot be checked`);
    for (const step of parsed.story.steps) {
      for (const citation of step.citations ?? []) {
        const source = dataset.sources.find((s) => s.id === citation.source);
        expect(source?.file, `step "${step.title}" cites ${citation.source}`).toBeDefined();
        const text = normaliseForQuoteMatch(readFileSync(new URL(source!.file!, sources), 'utf8'));
        // The story quotes the stored sources only: every citation has exact words to find.
        expect(citation.quote, `step "${step.title}" cites ${citation.source} without a quote`).toBeDefined();
        expect(text.includes(normaliseForQuoteMatch(citation.quote ?? '')), `step "${step.title}": ${citation.quote}`).toBe(true);
      }
    }
  });
});
