/** The PNG sizes an export offers: 1× for the screen, 2× and 4× for print and slides. */
export const PNG_SCALES = [1, 2, 4] as const;
export type PngScale = (typeof PNG_SCALES)[number];

/**
 * Draws an SVG export onto a canvas at a scale and returns it as PNG. The SVG is loaded as an
 * image from a blob: address (same origin, so the canvas stays readable; the CSP allows blob:).
 */
export async function rasterise(svg: string, width: number, height: number, scale: PngScale): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svg], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.decoding = 'async';
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = Math.round(width * scale);
    canvas.height = Math.round(height * scale);
    const context = canvas.getContext('2d');
    if (!context) throw new Error('This browser cannot draw the image (no 2D canvas).');
    context.drawImage(image, 0, 0, canvas.width, canvas.height);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('The browser could not encode the PNG (it may be too large at this scale).'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}
