export { useDatasetStore, type DatasetState } from './datasetStore';
export { useViewStore } from './viewStore';
export { mapGraphOf, indexOf } from './derived';
export { useDataset } from './hooks/useDataset';
export { useLoadState } from './hooks/useLoadState';
export { useSelectedId, useHoveredId } from './hooks/useSelection';
