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
export { guardAddress, droppedFromAddress, droppedParamMessage, MAX_PARAM_CHARS } from './url/addressGuard';
export { datasetParam, embedRequested, grantsParam, pageAddress, pageAddressWith, rendererParam, storyParam } from './url/pageParams';
export { useDataset } from './hooks/useDataset';
export { useLoadState } from './hooks/useLoadState';
export { useSelectedId, useHoveredId } from './hooks/useSelection';
export { useVisibility } from './hooks/useVisibility';
// The factor analysis (loops, centrality, its worker) is imported from './hooks/useFactorAnalysis' by the
// views that show it, all loaded when opened: exported here, it cost the first load 0.7 kB gzipped.
export { LARGE_ANALYSIS_FACTORS } from './analysisWorker/largeAnalysis';
export type { FactorAnalysis } from './analysisWorker/factorAnalysis';
export { applyViewQuery } from './stories/applyViewQuery';
export { currentViewQuery } from './stories/currentViewQuery';
export { useStoryPlayer } from './stories/storyPlayer';
// The saved views' store is imported from './stories/savedViews' by the stories tab alone: through
// this index, its store's creation (a side effect) put it in every first load (0.7 kB gzipped).
export { useCompare } from './hooks/useCompare';
export { snapZoom, type MapZoom, type Pin } from './url/mapFrame';
export { usePortfolioOverlay, type PortfolioOverlay } from './portfolioOverlay';
export { registerViewPiece, viewPieces } from './viewPieces/registry';
export { valueOf, type ViewPiece, type SanitiseContext } from './viewPieces/viewPiece';
export { useViewPiece } from './hooks/useViewPiece';
// describeView ('./viewPieces/describeView') is imported by exports alone, which load when asked for.
export { announceChange } from './viewPieces/announceChange';
export { signedShare } from './viewPieces/signedShare';
export { idList, keepKnown, oneOf, singleId } from './viewPieces/readParams';
export { idListPiece, idPiece, wordPiece } from './viewPieces/pieceShapes';
