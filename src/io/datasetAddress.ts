/**
 * Where a dataset comes from: the bundled one, or `?data=<url>`. Only http and https are opened;
 * a relative address is taken relative to the page, as a link would be.
 */
export type DatasetAddress = { ok: true; url: URL } | { ok: false; message: string };

export function resolveDatasetAddress(param: string | null, pageUrl: string, bundledUrl: string): DatasetAddress {
  if (param === null || param.trim() === '') return { ok: true, url: new URL(bundledUrl, pageUrl) };
  let url: URL;
  try {
    url = new URL(param.trim(), pageUrl);
  } catch {
    return { ok: false, message: `The data address ${JSON.stringify(param.slice(0, 200))} is not a web address. Use an http:// or https:// address of a dataset JSON file.` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') {
    return {
      ok: false,
      message: `The data address uses "${url.protocol}", which this map does not open. Use an http:// or https:// address of a dataset JSON file.`,
    };
  }
  return { ok: true, url };
}
