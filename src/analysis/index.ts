export * from './mapGraph';
export * from './datasetIndex';
export * from './viewFilter';
export * from './neighbourhood';
export * from './search';
