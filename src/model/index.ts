export * from './types';
export * from './evidence';
export * from './sourceKinds';
export * from './ids';
export { datasetSchema } from './schema';
export { parseDataset, type ParseResult } from './parseDataset';
export { formatIssue, describeValue, type DatasetIssue } from './datasetIssue';
export { checkQuotes, normaliseForQuoteMatch } from './quoteCheck';
export { datasetJsonSchema, datasetJsonSchemaText } from './jsonSchema';
