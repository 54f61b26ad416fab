import type { FormatReader, FormatWriter } from './formatEntry';

/** Our own dataset JSON: read as it is (the importer validates it, with no mapping), written whole. */
export const read: FormatReader = ([file]) => ({ datasetValue: file.json });

export const write: FormatWriter = ({ dataset }) => `${JSON.stringify(dataset, null, 2)}\n`;
