// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { createLayerGlide, type Zoom } from '../../../src/map/zoom/layerGlide';

/** A stand-in for the browser's Web Animations: time is set by the test, and finishing is called by it. */
function fakeLayer() {
  const element = document.createElement('div');
  const animations: { currentTime: number; cancelled: boolean; keyframes: Keyframe[]; onfinish: (() => void) | null; cancel(): void }[] = [];
  (element as unknown as { animate: unknown }).animate = (keyframes: Keyframe[]) => {
    const animation = {
      currentTime: 0,
      cancelled: false,
      keyframes,
      onfinish: null as (() => void) | null,
      cancel() {
        this.cancelled = true;
      },
    };
    animations.push(animation);
    return animation;
  };
  return { element, animations };
}

/** Where a CSS `translate(..px, ..px) scale(..)` with its origin at the top left puts a screen point. */
function moved(css: string, point: { x: number; y: number }) {
  const [, tx, ty, k] = /translate\(([-\d.e]+)px, ([-\d.e]+)px\) scale\(([-\d.e]+)\)/.exec(css)!.map(Number);
  return { x: k! * point.x + tx!, y: k! * point.y + ty! };
}
const onScreen = (zoom: Zoom, p: { x: number; y: number }) => ({ x: zoom.k * p.x + zoom.x, y: zoom.k * p.y + zoom.y });

const drawn: Zoom = { x: 40, y: -10, k: 0.9 };
const target: Zoom = { x: 55, y: 54, k: 0.8 };

/** A glide from `drawn` to `target` on a stand-in layer, half its time gone. */
function glideHalfway() {
  const { element, animations } = fakeLayer();
  const arrived: Zoom[] = [];
  const glide = createLayerGlide(element);
  glide.start(drawn, target, 250, (to) => arrived.push(to));
  animations[0]!.currentTime = 125;
  return { element, animations, arrived, glide, half: glide.shown(drawn) };
}

describe('a fit glides the map as one layer, drawn again only where it ends', () => {
  it('moves the picture drawn at one zoom exactly where the other zoom draws it, from start to end', () => {
    const { element, animations } = fakeLayer();
    createLayerGlide(element).start(drawn, target, 250, () => {});
    const frames = animations[0]!.keyframes;
    const point = { x: 312, y: 97 };
    // The first frame leaves the picture where it is drawn; the last puts each map point where the target draws it.
    expect(moved(String(frames[0]!.transform), onScreen(drawn, point)).x).toBeCloseTo(onScreen(drawn, point).x, 6);
    const end = moved(String(frames[frames.length - 1]!.transform), onScreen(drawn, point));
    expect(end.x).toBeCloseTo(onScreen(target, point).x, 6);
    expect(end.y).toBeCloseTo(onScreen(target, point).y, 6);
  });

  it('says what is shown halfway, eased, and holds the picture there when stopped, drawing nothing', () => {
    const { element, animations, arrived, glide, half } = glideHalfway();
    // Cubic ease-in-out is halfway at half time.
    expect(half.k).toBeCloseTo((drawn.k + target.k) / 2, 6);
    animations[0]!.currentTime = 50;
    const early = glide.shown(drawn);
    expect(Math.abs(early.k - drawn.k)).toBeLessThan(Math.abs(target.k - drawn.k) * 0.2);
    glide.hold(drawn);
    expect(animations[0]!.cancelled).toBe(true);
    expect(glide.active()).toBe(true);
    expect(glide.shown(drawn)).toEqual(early);
    const point = { x: -20, y: 400 };
    const held = moved(element.style.transform, onScreen(drawn, point));
    expect(held.x).toBeCloseTo(onScreen(early, point).x, 6);
    expect(held.y).toBeCloseTo(onScreen(early, point).y, 6);
    expect(arrived).toEqual([]);
  });

  it('starts a new glide from what is shown, and draws the map where the glide ends, clearing the layer', () => {
    const { element, animations, arrived, glide, half } = glideHalfway();
    const next: Zoom = { x: 0, y: 0, k: 1.2 };
    glide.start(drawn, next, 250, (to) => arrived.push(to));
    animations[1]!.currentTime = 0;
    expect(glide.shown(drawn)).toEqual(half);
    // The first glide's end, if the browser still reports it, draws nothing.
    animations[0]!.onfinish?.();
    expect(arrived).toEqual([]);
    animations[1]!.onfinish?.();
    expect(arrived).toEqual([next]);
    expect(glide.active()).toBe(false);
    expect(element.style.transform).toBe('');
  });

  it('released where it is, gives what is shown for the caller to draw, and nothing when nothing moved', () => {
    const { element, animations } = fakeLayer();
    const glide = createLayerGlide(element);
    expect(glide.release(drawn)).toBeNull();
    glide.start(drawn, target, 250, () => {});
    animations[0]!.currentTime = 250;
    expect(glide.release(drawn)).toEqual(target);
    expect(glide.active()).toBe(false);
    expect(glide.shown(drawn)).toEqual(drawn);
  });
});
