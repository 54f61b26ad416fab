import { DEPTHS, DIRECTIONS, MATRIX_AXES, NO_FILTER, WHAT_IF_WEIGHTINGS, type Depth, type Direction, type MatrixAxis, type ViewFilter, type WhatIfWeighting } from '../../analysis';
import { COST_FILTER_VALUES, EVIDENCE_LEVELS, FUNDING_SCALES, ID_PATTERN, IMPACT_LEVELS, type CostFilterValue, type EvidenceLevel, type FundingScale, type ImpactLevel } from '../../model';
import { ZOOM_LIMITS, pinsFromParam, pinsToParam, zoomFromParam, zoomToParam, type MapZoom, type Pin } from './mapFrame';
import { DEFAULT_VIEW_STATE, MAX_COMPARED, VIEWS, type ViewName, type ViewState } from '../viewState';

/**
 * The view state as URL parameters and back. Parameters (README, "Linking to a view"):
 * view, type, evidence, domain, stage, scale, impact, cost, only, q, focus, depth, dir, select, loop, path, fund,
 * weighting, axis, gapsin, fair, weigh, compare, z, pin, portfolio, portfolioyear. `data` is the
 * dataset's address and is kept as it is by the URL sync. Defaults are left out, so links stay short.
 */
export const VIEW_PARAMS = ['view', 'type', 'evidence', 'domain', 'stage', 'scale', 'impact', 'cost', 'only', 'q', 'focus', 'depth', 'dir', 'select', 'loop', 'path', 'fund', 'weighting', 'axis', 'gapsin', 'fair', 'weigh', 'compare', 'z', 'pin', 'portfolio', 'portfolioyear'] as const;

/** A loop found by search has no id of its own: its members, joined by "~", are its id. */
const LOOP_ID = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:~[a-z0-9]+(?:-[a-z0-9]+)*)*$/;

const MAX_QUERY = 200;

export function toParams(state: ViewState): URLSearchParams {
  const params = new URLSearchParams();
  const { filter } = state;
  if (state.view !== DEFAULT_VIEW_STATE.view) params.set('view', state.view);
  if (filter.types.length) params.set('type', filter.types.join(','));
  if (filter.minEvidence) params.set('evidence', filter.minEvidence);
  if (filter.domains.length) params.set('domain', filter.domains.join(','));
  if (filter.stages.length) params.set('stage', filter.stages.join(','));
  if (filter.scales.length) params.set('scale', filter.scales.join(','));
  if (filter.impacts?.length) params.set('impact', filter.impacts.join(','));
  if (filter.costs?.length) params.set('cost', filter.costs.join(','));
  if (filter.onlyReached) params.set('only', 'reached');
  if (state.query) params.set('q', state.query);
  if (state.focus) {
    params.set('focus', state.focus.id);
    params.set('depth', String(state.focus.depth));
    params.set('dir', state.focus.direction);
  }
  if (state.selectedId) params.set('select', state.selectedId);
  if (state.loopId) params.set('loop', state.loopId);
  if (state.path) params.set('path', `${state.path.from},${state.path.to}`);
  if (state.fund.length) params.set('fund', state.fund.join(','));
  if (state.weighting !== DEFAULT_VIEW_STATE.weighting) params.set('weighting', state.weighting);
  if (state.axis !== DEFAULT_VIEW_STATE.axis) params.set('axis', state.axis);
  if (state.gapsIn) params.set('gapsin', state.gapsIn);
  if (!state.fairLeverage) params.set('fair', 'off');
  if (state.leverageWeighting === 'evidence-and-impact') params.set('weigh', 'impact');
  if (state.compare.length) params.set('compare', state.compare.join(','));
  if (state.zoom) params.set('z', zoomToParam(state.zoom));
  if (state.pins.length) params.set('pin', pinsToParam(state.pins));
  // Only the overlay's setting: the grants themselves never go into a link.
  if (state.portfolio) params.set('portfolio', 'on');
  if (state.portfolioYear) params.set('portfolioyear', state.portfolioYear);
  return params;
}

export interface ParsedView {
  state: ViewState;
  /** One plain sentence per value that was ignored, for the notice on the page. */
  notices: string[];
}

const shown = (value: string) => JSON.stringify(value.length > 60 ? `${value.slice(0, 59)}…` : value);

function oneOf<T extends string>(value: string | null, allowed: readonly T[], name: string, notices: string[]): T | null {
  if (value === null || value === '') return null;
  if ((allowed as readonly string[]).includes(value)) return value as T;
  notices.push(`Ignored ${name}=${shown(value)}: expected one of ${allowed.join(', ')}.`);
  return null;
}

function idList<T extends string = string>(value: string | null, name: string, notices: string[], allowed?: readonly T[]): T[] {
  if (!value) return [];
  const ids: T[] = [];
  for (const raw of value.split(',')) {
    const id = raw.trim();
    if (!id) continue;
    const valid = allowed ? (allowed as readonly string[]).includes(id) : ID_PATTERN.test(id);
    if (!valid) notices.push(`Ignored ${name} ${shown(id)}: ${allowed ? `expected one of ${allowed.join(', ')}` : 'not an id'}.`);
    else if (!ids.includes(id as T)) ids.push(id as T);
  }
  return ids;
}

function singleId(value: string | null, name: string, notices: string[]): string | null {
  if (!value) return null;
  if (ID_PATTERN.test(value)) return value;
  notices.push(`Ignored ${name}=${shown(value)}: not an id.`);
  return null;
}

/** Reads the view from URL parameters, ignoring (with a notice) any value it cannot use. */
export function fromParams(params: URLSearchParams): ParsedView {
  const notices: string[] = [];
  const view = oneOf<ViewName>(params.get('view'), VIEWS, 'view', notices) ?? DEFAULT_VIEW_STATE.view;
  const only = params.get('only');
  if (only && only !== 'reached') notices.push(`Ignored only=${shown(only)}: expected "reached".`);
  const filter: ViewFilter = {
    types: idList(params.get('type'), 'type', notices),
    minEvidence: oneOf<EvidenceLevel>(params.get('evidence'), EVIDENCE_LEVELS, 'evidence', notices),
    domains: idList(params.get('domain'), 'domain', notices),
    stages: idList(params.get('stage'), 'stage', notices),
    scales: idList<FundingScale>(params.get('scale'), 'scale', notices, FUNDING_SCALES),
    onlyReached: only === 'reached',
  };
  // Impact and cost are optional facets: present only when chosen, so older links and states compare equal.
  const impacts = idList<ImpactLevel>(params.get('impact'), 'impact', notices, IMPACT_LEVELS);
  const costs = idList<CostFilterValue>(params.get('cost'), 'cost', notices, COST_FILTER_VALUES);
  if (impacts.length) filter.impacts = impacts;
  if (costs.length) filter.costs = costs;
  const focusId = singleId(params.get('focus'), 'focus', notices);
  const depthText = params.get('depth');
  const depth = DEPTHS.find((d) => String(d) === depthText);
  if (focusId && depthText && depth === undefined) notices.push(`Ignored depth=${shown(depthText)}: expected 1, 2 or 3.`);
  const direction = focusId ? oneOf<Direction>(params.get('dir'), DIRECTIONS, 'dir', notices) : null;
  const query = (params.get('q') ?? '').slice(0, MAX_QUERY);
  const loopText = params.get('loop');
  const loopId = loopText && LOOP_ID.test(loopText) ? loopText : null;
  if (loopText && !loopId) notices.push(`Ignored loop=${shown(loopText)}: not a loop id.`);
  const pathText = params.get('path');
  // Two ids, not a set: whether they are two different factors is the dataset check's to say.
  const pathIds = pathText ? pathText.split(',').map((id) => id.trim()) : [];
  const pathOk = pathIds.length === 2 && pathIds.every((id) => ID_PATTERN.test(id));
  if (pathText && !pathOk) notices.push(`Ignored path=${shown(pathText)}: expected two factor ids, "from,to".`);
  const path = pathOk ? { from: pathIds[0] ?? '', to: pathIds[1] ?? '' } : null;
  const fair = params.get('fair');
  if (fair && fair !== 'off' && fair !== 'on') notices.push(`Ignored fair=${shown(fair)}: expected "on" or "off".`);
  const compare = idList(params.get('compare'), 'compare', notices);
  if (compare.length > MAX_COMPARED) notices.push(`Compared the first ${MAX_COMPARED} of the ${compare.length} interventions in compare=: more do not fit side by side.`);
  return {
    state: {
      view,
      filter: isEmptyFilter(filter) ? NO_FILTER : filter,
      query,
      focus: focusId ? { id: focusId, depth: (depth ?? 1) as Depth, direction: direction ?? 'both' } : null,
      selectedId: singleId(params.get('select'), 'select', notices),
      loopId,
      path,
      fund: idList(params.get('fund'), 'fund', notices),
      weighting: oneOf<WhatIfWeighting>(params.get('weighting'), WHAT_IF_WEIGHTINGS, 'weighting', notices) ?? DEFAULT_VIEW_STATE.weighting,
      axis: oneOf<MatrixAxis>(params.get('axis'), MATRIX_AXES, 'axis', notices) ?? DEFAULT_VIEW_STATE.axis,
      gapsIn: singleId(params.get('gapsin'), 'gapsin', notices),
      fairLeverage: fair !== 'off',
      leverageWeighting: readWeigh(params.get('weigh'), notices),
      compare: compare.slice(0, MAX_COMPARED),
      zoom: readZoom(params.get('z'), notices),
      pins: readPins(params.get('pin'), notices),
      // `portfolio=on` draws the funder's grants on the map (once loaded); `off` or none does not.
      portfolio: oneOf(params.get('portfolio'), ['on', 'off'], 'portfolio', notices) === 'on',
      portfolioYear: readYear(params.get('portfolioyear'), notices),
    },
    notices,
  };
}

function isEmptyFilter(filter: ViewFilter): boolean {
  return JSON.stringify(filter) === JSON.stringify(NO_FILTER);
}

function readZoom(value: string | null, notices: string[]): MapZoom | null {
  if (!value) return null;
  const zoom = zoomFromParam(value);
  if (!zoom) notices.push(`Ignored z=${shown(value)}: expected "x,y,scale" with a scale from ${ZOOM_LIMITS.minK} to ${ZOOM_LIMITS.maxK}.`);
  return zoom;
}

function readPins(value: string | null, notices: string[]): Pin[] {
  if (!value) return [];
  const { pins, bad } = pinsFromParam(value, (id) => ID_PATTERN.test(id));
  for (const part of bad) notices.push(`Ignored pin ${shown(part)}: expected "node-id:x:y".`);
  return pins;
}

/** `weigh=impact`: leverage weighs by evidence and impact; `weigh=evidence` (or none) by evidence alone. */
function readWeigh(value: string | null, notices: string[]): ViewState['leverageWeighting'] {
  if (value === 'impact') return 'evidence-and-impact';
  if (value && value !== 'evidence') notices.push(`Ignored weigh=${shown(value)}: expected "impact" or "evidence".`);
  return 'evidence';
}

function readYear(value: string | null, notices: string[]): string | null {
  if (value && !/^\d{4}$/.test(value)) notices.push(`Ignored portfolioyear=${shown(value)}: expected a year.`);
  return value && /^\d{4}$/.test(value) ? value : null;
}
