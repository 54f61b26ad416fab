import type { DatasetIndex } from '../../analysis';

/** A factor's label, or its id where the dataset has no such factor (a dangling reference still reads). */
export const factorLabel = (index: DatasetIndex, id: string) => index.factor.get(id)?.label ?? id;
