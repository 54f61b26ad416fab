import { create } from 'zustand';
import { NO_FILTER, type Depth, type Direction, type MatrixAxis, type ViewFilter, type WhatIfWeighting } from '../analysis';
import type { CostFilterValue, EvidenceLevel, FundingScale, ImpactLevel, LeverageWeighting } from '../model';
import { DEFAULT_VIEW_STATE, MAX_COMPARED, type ViewName, type ViewState } from './viewState';
import { snapZoom, type MapZoom } from './url/mapFrame';
import { viewPieces } from './viewPieces/registry';
import { valueOf, type ViewPiece } from './viewPieces/viewPiece';

const sameZoom = (a: MapZoom | null, b: MapZoom | null) =>
  a === b || (a !== null && b !== null && JSON.stringify(snapZoom(a)) === JSON.stringify(snapZoom(b)));

/**
 * What a person is looking at. Display state only: nothing here is ever written into the dataset.
 * Everything but hover and notices is mirrored in the URL (see urlSync.ts).
 */
interface ViewStoreState extends ViewState {
  hoveredId: string | null;
  /** Values from a link that could not be used, shown until dismissed. */
  notices: string[];
  /** Bumped to ask the map to centre on the selection (a search result was chosen). */
  centreRequest: number;
  /** True once the view has been read from the address for the dataset on screen. */
  restoredFromAddress: boolean;
}

interface ViewActions {
  select(id: string | null): void;
  hover(id: string | null): void;
  /** Selects and asks the map to centre on it. */
  selectAndCentre(id: string): void;
  setView(view: ViewName): void;
  toggleType(id: string): void;
  setMinEvidence(level: EvidenceLevel | null): void;
  toggleDomain(id: string): void;
  toggleStage(id: string): void;
  toggleScale(scale: FundingScale): void;
  toggleImpact(level: ImpactLevel): void;
  toggleCost(value: CostFilterValue): void;
  setOnlyReached(on: boolean): void;
  clearFilters(): void;
  setQuery(query: string): void;
  focusOn(id: string): void;
  setFocusDepth(depth: Depth): void;
  setFocusDirection(direction: Direction): void;
  leaveFocus(): void;
  showLoop(id: string | null): void;
  showPath(path: { from: string; to: string } | null): void;
  toggleFund(id: string): void;
  clearFund(): void;
  setWeighting(weighting: WhatIfWeighting): void;
  setAxis(axis: MatrixAxis): void;
  /** The gap list narrowed to the named gaps of one domain or stage (null: all of them). */
  showGapsIn(column: string | null): void;
  setFairLeverage(on: boolean): void;
  setLeverageWeighting(weighting: LeverageWeighting): void;
  /** Adds an intervention to the comparison, or takes it out; a fifth replaces none and is refused. */
  toggleCompare(id: string): void;
  clearCompare(): void;
  /** The person zoomed or panned (null: back to the map's own fit). */
  setZoom(zoom: MapZoom | null): void;
  /** The person dropped a dragged node here (layout units). */
  pin(id: string, at: { x: number; y: number }): void;
  unpin(id: string): void;
  /** The funder's grants on the map, or not; and from which award year (null: all years). */
  setPortfolio(change: Partial<Pick<ViewState, 'portfolio' | 'portfolioYear'>>): void;
  /** From the evidence-gap matrix: the map filtered to one type and one domain or stage. */
  showCell(type: string, axis: MatrixAxis, column: string): void;
  /** Sets a registered piece's value (a panel's own piece, such as the chosen source). */
  setPiece<T>(piece: ViewPiece<T>, value: T): void;
  /** Replaces the whole view (opening a link, or Back). */
  restore(state: ViewState, notices?: string[]): void;
  dismissNotices(): void;
  /** The URL sync stopped (the dataset is going away). */
  forgetAddress(): void;
}

function toggled<T>(list: readonly T[], item: T): T[] {
  return list.includes(item) ? list.filter((x) => x !== item) : [...list, item];
}

/** An optional facet left empty is taken out, so the filter compares equal to one that never had it. */
function optionalFacet<K extends 'impacts' | 'costs'>(key: K, values: NonNullable<ViewFilter[K]>): Partial<ViewFilter> {
  return { [key]: values.length ? values : undefined };
}

export const useViewStore = create<ViewStoreState & ViewActions>()((set, get) => {
  const setFilter = (change: (filter: ViewFilter) => Partial<ViewFilter>) =>
    set((s) => ({ filter: { ...s.filter, ...change(s.filter) } }));
  return {
    ...DEFAULT_VIEW_STATE,
    hoveredId: null,
    notices: [],
    centreRequest: 0,
    restoredFromAddress: false,
    select: (id) => set({ selectedId: id }),
    hover: (id) => set({ hoveredId: id }),
    selectAndCentre: (id) => set((s) => ({ selectedId: id, centreRequest: s.centreRequest + 1 })),
    setView: (view) => set({ view }),
    toggleType: (id) => setFilter((f) => ({ types: toggled(f.types, id) })),
    setMinEvidence: (level) => setFilter(() => ({ minEvidence: level })),
    toggleDomain: (id) => setFilter((f) => ({ domains: toggled(f.domains, id) })),
    toggleStage: (id) => setFilter((f) => ({ stages: toggled(f.stages, id) })),
    toggleScale: (scale) => setFilter((f) => ({ scales: toggled(f.scales, scale) })),
    toggleImpact: (level) => setFilter((f) => optionalFacet('impacts', toggled(f.impacts ?? [], level))),
    toggleCost: (value) => setFilter((f) => optionalFacet('costs', toggled(f.costs ?? [], value))),
    setOnlyReached: (on) => setFilter(() => ({ onlyReached: on })),
    clearFilters: () => set({ filter: NO_FILTER }),
    setQuery: (query) => set({ query }),
    focusOn: (id) => set((s) => ({ focus: { id, depth: s.focus?.depth ?? 1, direction: s.focus?.direction ?? 'both' } })),
    setFocusDepth: (depth) => {
      const { focus } = get();
      if (focus) set({ focus: { ...focus, depth } });
    },
    setFocusDirection: (direction) => {
      const { focus } = get();
      if (focus) set({ focus: { ...focus, direction } });
    },
    leaveFocus: () => set({ focus: null }),
    showLoop: (id) => set({ loopId: id }),
    showPath: (path) => set({ path }),
    toggleFund: (id) => set((s) => ({ fund: toggled(s.fund, id) })),
    clearFund: () => set({ fund: [] }),
    setWeighting: (weighting) => set({ weighting }),
    setAxis: (axis) => set({ axis, gapsIn: null }),
    showGapsIn: (column) => set({ view: 'gaps', gapsIn: column }),
    setFairLeverage: (on) => set({ fairLeverage: on }),
    setLeverageWeighting: (leverageWeighting) => set({ leverageWeighting }),
    toggleCompare: (id) =>
      set((s) => (s.compare.includes(id) || s.compare.length < MAX_COMPARED ? { compare: toggled(s.compare, id) } : {})),
    clearCompare: () => set({ compare: [] }),
    setZoom: (zoom) => set((s) => (sameZoom(s.zoom, zoom) ? {} : { zoom: zoom && snapZoom(zoom) })),
    pin: (id, at) => set((s) => ({ pins: [...s.pins.filter((p) => p.id !== id), { id, x: Math.round(at.x * 10) / 10, y: Math.round(at.y * 10) / 10 }] })),
    unpin: (id) => set((s) => (s.pins.some((p) => p.id === id) ? { pins: s.pins.filter((p) => p.id !== id) } : {})),
    setPortfolio: set,
    showCell: (type, axis, column) =>
      set({
        view: 'map',
        filter: { ...NO_FILTER, types: [type], ...(axis === 'domain' ? { domains: [column] } : { stages: [column] }) },
        focus: null,
      }),
    setPiece: (piece, value) => set({ [piece.field]: value }),
    restore: (state, notices = []) => set({ ...state, notices, restoredFromAddress: true }),
    forgetAddress: () => set({ restoredFromAddress: false }),
    dismissNotices: () => set({ notices: [] }),
  };
});

export type ViewStore = ReturnType<typeof useViewStore.getState>;

/** The shareable part of the store: every registered piece's value. */
export function viewStateOf(s: ViewStore): ViewState {
  return Object.fromEntries(viewPieces().map((piece) => [piece.field, valueOf(piece, s)])) as unknown as ViewState;
}
