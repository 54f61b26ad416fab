export { useDatasetStore, type DatasetState } from './datasetStore';
export { useViewStore, viewStateOf, type ViewStore } from './viewStore';
export { DEFAULT_VIEW_STATE, MAX_COMPARED, VIEWS, type ViewName, type ViewState } from './viewState';
export {
  mapGraphOf,
  indexOf,
  reachOf,
  visibilityOf,
  factorGraphOf,
  gapMatrixOf,
  factorsByLabelOf,
  interventionsByLabelOf,
  loopsOf,
  betweennessOf,
  loopById,
  pathsOf,
  pathSearchOf,
  impactOf,
  effectsOf,
  pushTableOf,
  highlightOf,
  type Highlight,
} from './derived';
export { startUrlSync } from './url/urlSync';
export { pageParams } from './url/pageParams';
export { useDataset } from './hooks/useDataset';
export { useLoadState } from './hooks/useLoadState';
export { useSelectedId, useHoveredId } from './hooks/useSelection';
export { useVisibility } from './hooks/useVisibility';
export { useFactorAnalysis } from './hooks/useFactorAnalysis';
export { LARGE_ANALYSIS_FACTORS, type FactorAnalysis } from './analysisWorker/factorAnalysis';
export { applyViewQuery } from './stories/applyViewQuery';
export { currentViewQuery } from './stories/currentViewQuery';
export { useStoryPlayer } from './stories/storyPlayer';
export { useSavedViews, draftToStory, type SavedView, type StoryDraft } from './stories/savedViews';
export { useCompare } from './hooks/useCompare';
export { snapZoom, type MapZoom, type Pin } from './url/mapFrame';
export { usePortfolioOverlay, type PortfolioOverlay } from './portfolioOverlay';
