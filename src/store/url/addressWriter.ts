/**
 * Writes the view's address into the page's history off the frame that paints the change.
 *
 * A history write costs the page about 6 ms in Chrome (and sets the browser re-checking the
 * favicon): done inside the change it held the filtered map back from the screen. Writes wait in
 * order and land together, after the next paint for a new entry and within `replaceEveryMs` for a
 * rewrite of the current one; leaving the page, hiding it, or anything reading the page's address
 * gets the latest address all the same. The entries made are exactly those written one by one.
 */
interface Write {
  /** A new history entry (a discrete change, undone by Back), or a rewrite of the current one. */
  push: boolean;
  url: string;
}

export interface AddressWriter {
  /** Adds a history entry for `url`, just after the next paint. */
  push(url: string): void;
  /** Rewrites the current entry to `url`, at most every `replaceEveryMs` (typing, zooming). */
  replace(url: string): void;
  /** Writes whatever waits, now. */
  flush(): void;
  /** Forgets whatever waits: Back or Forward moved to another entry, so it belongs to the one left. */
  drop(): void;
  /** The address once what waits is written (null: nothing waits). */
  upcoming(): string | null;
}

/** The longest a new history entry waits for the page to be idle after the frame that shows it. */
const IDLE_WAIT_MS = 100;

export function addressWriter(win: Window, replaceEveryMs: number): AddressWriter {
  let writes: Write[] = [];
  let replaceTimer: ReturnType<typeof setTimeout> | null = null;
  let paintAwaited = false;

  const drop = () => {
    if (replaceTimer !== null) clearTimeout(replaceTimer);
    replaceTimer = null;
    writes = [];
  };
  const flush = () => {
    const due = writes;
    drop();
    for (const write of due) {
      if (write.push) win.history.pushState(null, '', write.url);
      else win.history.replaceState(win.history.state, '', write.url);
    }
  };
  // After the frame that shows the change, when the page is next idle: animation frame callbacks
  // run before that frame is painted, and idle time comes after it (and after what else the page
  // queued meanwhile), yet no later than IDLE_WAIT_MS. A hidden page paints no frames: a task then.
  const afterNextPaint = () => {
    if (paintAwaited) return;
    paintAwaited = true;
    const write = () => {
      paintAwaited = false;
      flush();
    };
    const whenIdle = () => {
      if (typeof win.requestIdleCallback === 'function') win.requestIdleCallback(write, { timeout: IDLE_WAIT_MS });
      else setTimeout(write, 0);
    };
    if (win.document.visibilityState === 'hidden' || typeof win.requestAnimationFrame !== 'function') setTimeout(write, 0);
    else win.requestAnimationFrame(whenIdle);
  };

  return {
    push(url) {
      writes.push({ push: true, url });
      afterNextPaint();
    },
    replace(url) {
      const last = writes[writes.length - 1];
      // A rewrite of a waiting write takes its place: an entry added then rewritten is the entry
      // added with the new address, and only the last of several rewrites is seen.
      if (last) last.url = url;
      else writes.push({ push: false, url });
      if (!last?.push) replaceTimer ??= setTimeout(flush, replaceEveryMs);
    },
    flush,
    drop,
    upcoming() {
      const last = writes[writes.length - 1];
      return last ? new URL(last.url, win.location.href).href : null;
    },
  };
}

/** The writer of the running URL sync, so reading the page's address sees what is still to be written. */
let running: AddressWriter | null = null;

export function setRunningWriter(writer: AddressWriter | null): void {
  running = writer;
}

/** The page's address as the view has it: one still waiting to be written, or the browser's. */
export function latestAddress(win: Pick<Window, 'location'> = window): string {
  return running?.upcoming() ?? win.location.href;
}
