import { journeyLayout, type JourneyOptions } from './journeyLayout';

/**
 * The journey layout off the main thread: it is pure computation, and on a large or densely
 * linked map (ordering columns, shaping stages, placing the lane) it would hold the page for
 * hundreds of milliseconds. The reply is the very layout the main thread would compute.
 */
addEventListener('message', (event: MessageEvent<JourneyOptions>) => {
  postMessage(journeyLayout(event.data));
});
