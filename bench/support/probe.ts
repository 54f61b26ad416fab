/**
 * The stopwatch installed in every benchmarked page before its own scripts run. Plain script text
 * (not a function), so the TypeScript runner's helpers never leak into the page. It records:
 * - firstPaint: the end of the first frame painted after a map item exists (ours: an element with
 *   `data-id`, or a frame cleared on a canvas inside the map; a peer calls `__bench.painted(then)` from
 *   its own render hook, `then` running once recorded);
 * - long tasks (PerformanceObserver 'longtask'), each as [start, duration];
 * - frames: a requestAnimationFrame counter, for frames per second during pan and zoom;
 * - moves: when the drawn positions last changed (ours: node transforms, or a canvas frame redrawn; a
 *   peer calls `__bench.moved()`),
 *   and `stable` when a peer's layout says it has stopped.
 * Times are performance.now(): milliseconds since navigation start.
 */
export const PROBE = `
(function () {
  var bench = { firstPaint: null, stable: null, lastMove: null, tasks: [], frames: 0 };
  window.__bench = bench;
  function afterPaint(done) {
    requestAnimationFrame(function () {
      var channel = new MessageChannel();
      channel.port1.onmessage = function () { done(performance.now()); };
      channel.port2.postMessage(null);
    });
  }
  // Also said on the console: the driver hears it even when the page is then too busy to be asked.
  function tell(what, t) { console.debug('__bench ' + what + ' ' + t); }
  bench.painted = function (then) { if (bench.firstPaint === null) afterPaint(function (t) { if (bench.firstPaint === null) { bench.firstPaint = t; tell('firstPaint', t); } if (then) then(); }); };
  bench.moved = function () { bench.lastMove = performance.now(); };
  bench.settled = function () { if (bench.stable === null) { bench.stable = performance.now(); tell('stable', bench.stable); } };
  try {
    new PerformanceObserver(function (list) {
      list.getEntries().forEach(function (e) { bench.tasks.push([e.startTime, e.duration]); });
    }).observe({ type: 'longtask', buffered: true });
  } catch (e) {}
  function frame() { bench.frames++; requestAnimationFrame(frame); }
  requestAnimationFrame(frame);
  // Ours: the first map item on the page, then the drawn positions of a sample of items.
  var fingerprint = '';
  function sample() {
    var items = document.querySelectorAll('[data-id]');
    if (items.length === 0) return;
    bench.painted();
    var step = Math.max(1, Math.floor(items.length / 200));
    var parts = [];
    for (var i = 0; i < items.length; i += step) parts.push(items[i].getAttribute('transform') || '');
    var next = items.length + ':' + parts.join('|');
    if (next !== fingerprint) { fingerprint = next; bench.moved(); }
  }
  // Ours on canvas (large maps): no element per item, so a frame drawn onto a canvas inside the map
  // (cleared, or its cached picture copied in) counts as a paint and as a move: the canvas painter
  // draws only when something changed.
  function canvasFrame(ctx) {
    var canvas = ctx && ctx.canvas;
    if (!canvas || !canvas.closest || !canvas.closest('.map-view')) return;
    bench.painted();
    bench.moved();
  }
  ['clearRect', 'drawImage', 'reset'].forEach(function (name) {
    var proto = window.CanvasRenderingContext2D && CanvasRenderingContext2D.prototype;
    var original = proto && proto[name];
    if (typeof original !== 'function') return;
    proto[name] = function () { canvasFrame(this); return original.apply(this, arguments); };
  });
  var observer = new MutationObserver(function () { if (bench.firstPaint === null && document.querySelector('[data-id]')) sample(); });
  document.addEventListener('DOMContentLoaded', function () { observer.observe(document.body, { childList: true, subtree: true }); });
  setInterval(sample, 250);
})();
`;

export interface ProbeState {
  firstPaint: number | null;
  stable: number | null;
  lastMove: number | null;
  tasks: Array<[number, number]>;
  frames: number;
}
