/** What the editor does to the dataset: imported only by the editor, so a reader's first load leaves them out. */
export { saveRecord } from './saveRecord';
export { deleteRecord } from './deleteRecord';
export { dependentsOf, describeDependents, type Dependents } from './dependentsOf';
export { saveVocabulary } from './saveVocabulary';
export { saveMeta } from './saveMeta';
export { savePositions } from './savePositions';
export { replaceDataset } from './replaceDataset';
export { datasetChanges, type RecordChange } from '../datasetChanges';
