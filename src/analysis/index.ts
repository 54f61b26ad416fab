export * from './mapGraph';
export * from './datasetIndex';
