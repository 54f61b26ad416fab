import type { Dataset } from '../model';
import { datasetParam } from '../store';
import { StoriesPanel } from '../ui/Stories/StoriesPanel';
import { EXAMPLE_STORY_URL } from './bundledDataset';

/** The stories tab: the panel, offering the example story only beside the bundled dataset (it walks through that map). */
export function StoriesTab({ dataset }: { dataset: Dataset }) {
  return <StoriesPanel dataset={dataset} exampleStory={datasetParam() ? null : EXAMPLE_STORY_URL} />;
}
