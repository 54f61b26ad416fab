import bundledDatasetUrl from '../../data/reoffending-map.json?url';

/** The dataset the app opens when the address names none (`?data=`). */
export const BUNDLED_DATASET_URL: string = bundledDatasetUrl;
