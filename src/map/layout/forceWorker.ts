import { createForceSession, type ToForceWorker } from './forceSession';

/**
 * The force layout off the main thread: the warm-up of a large map (tens of ms a tick at 5,000
 * nodes) runs here, and the page only paints the positions it is sent.
 */
const session = createForceSession({
  post: (message, transfer) => postMessage(message, { transfer }),
  // A macrotask between chunks, so the page's messages (a pin, Stop) are read as soon as a chunk ends.
  later: (work) => setTimeout(work, 0),
  now: () => performance.now(),
});
addEventListener('message', (event: MessageEvent<ToForceWorker>) => session.handle(event.data));
