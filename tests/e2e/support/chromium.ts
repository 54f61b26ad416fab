import { existsSync } from 'node:fs';

/** Debian's Chromium, or the browser named by CHROMIUM_PATH. Browser tests never skip silently. */
export function chromiumPath(): string {
  const path = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
  if (!existsSync(path)) {
    throw new Error(
      `No Chromium found at ${path}. The browser tests need one:\n` +
        '  on Debian or Ubuntu: sudo apt-get update && sudo apt-get install -y chromium\n' +
        '  elsewhere: install Chromium or Chrome and set CHROMIUM_PATH=/path/to/the/browser\n',
    );
  }
  return path;
}

export const CHROMIUM_ARGS = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  // Chromium's own address-bar popup is a web page of its own (chrome://omnibox-popup.top-chrome),
  // loaded with every new window though a headless window never shows it: it took about 60 ms of
  // CPU, on each of its two threads, in the middle of every benchmarked load on a 2-core machine.
  '--disable-features=WebUIOmniboxPopup,WebUIOmniboxAimPopup',
];
