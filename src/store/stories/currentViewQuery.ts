import { toParams } from '../url/viewParams';
import { useViewStore, viewStateOf } from '../viewStore';

/** The view on screen as the query part of an address: what a saved view or story step keeps. */
export function currentViewQuery(): string {
  return toParams(viewStateOf(useViewStore.getState())).toString();
}
