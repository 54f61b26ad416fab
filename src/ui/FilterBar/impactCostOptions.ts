import { COST_FILTER_WORDS } from '../../analysis';
import { IMPACT_LEVELS, IMPACT_SCALE } from '../../model';

/** The impact filter's options, harm first as the scale ranks them, "not known" last. */
export const IMPACT_OPTIONS = IMPACT_LEVELS.map((id) => ({ id, label: IMPACT_SCALE[id].label, description: IMPACT_SCALE[id].plainWords }));

/** The cost filter's options: the five bands and "not known". */
export const COST_OPTIONS = COST_FILTER_WORDS;
