import type { Page } from 'playwright-core';

/** How two same-sized pictures differ, pixel by pixel. */
export interface PictureDifference {
  total: number;
  /** Pixels whose colour differs at all. */
  differing: number;
  /** The largest difference of any channel, 0 to 255. */
  largest: number;
  /** Pixels whose grey level differs by more than a quarter of the range: what still shows without colour. */
  greyDiffering: number;
}

/**
 * Decodes two PNGs in the page (so no image library is needed) and compares them; null when their
 * sizes differ. The page script is a string: tsx (bench/) names functions with a helper the page
 * does not have, so a function passed to evaluate would fail there.
 */
export async function comparePictures(page: Page, before: Buffer, after: Buffer): Promise<PictureDifference | null> {
  const [first, second] = [before, after].map((png) => JSON.stringify(`data:image/png;base64,${png.toString('base64')}`));
  return page.evaluate(`(async () => {
    const pixels = async (source) => {
      const image = new Image();
      image.src = source;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const ctx = canvas.getContext('2d');
      ctx.drawImage(image, 0, 0);
      return ctx.getImageData(0, 0, image.width, image.height);
    };
    const [p, q] = await Promise.all([pixels(${first}), pixels(${second})]);
    if (p.width !== q.width || p.height !== q.height) return null;
    let differing = 0, largest = 0, greyDiffering = 0;
    for (let i = 0; i < p.data.length; i += 4) {
      const d = Math.max(Math.abs(p.data[i] - q.data[i]), Math.abs(p.data[i + 1] - q.data[i + 1]), Math.abs(p.data[i + 2] - q.data[i + 2]));
      if (d > 0) differing++;
      if (d > largest) largest = d;
      const grey = (x) => (x[i] + x[i + 1] + x[i + 2]) / 3;
      if (Math.abs(grey(p.data) - grey(q.data)) > 64) greyDiffering++;
    }
    return { total: p.width * p.height, differing, largest, greyDiffering };
  })()`);
}
