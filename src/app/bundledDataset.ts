/**
 * The dataset the app opens when the address names none (`?data=`). It is published at this stable
 * address beside the page (vite.config.ts copies it, with its schema, into the build), so others
 * can download it, cite it and open it with `?data=`; relative, so it works under any sub-path.
 */
export const BUNDLED_DATASET_URL = 'data/reoffending-map.json';
