/** The address of a view in embed mode: the same view, without the filter bar or editing. */
export function embedAddress(link: string): string {
  const url = new URL(link);
  url.searchParams.set('embed', '1');
  return url.href;
}

const escapeAttribute = (text: string) => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;');

/** An <iframe> that shows the view on another site, with a title for screen readers. */
export function embedCode(link: string, title: string): string {
  return `<iframe src="${escapeAttribute(embedAddress(link))}" title="${escapeAttribute(title)}" width="800" height="500" style="border:1px solid #ccc" loading="lazy"></iframe>`;
}
