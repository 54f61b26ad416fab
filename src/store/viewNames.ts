/**
 * The views a person can switch between; each is a value of the `view` URL parameter. Their
 * labels and components are the app's view registry (src/app/registry), typed by this list.
 */
export const VIEWS = ['map', 'table', 'leverage', 'compare', 'gaps', 'impact', 'grants'] as const;
export type ViewName = (typeof VIEWS)[number];
