import { createServer, type Server } from 'node:http';
import { readFile } from 'node:fs/promises';
import { extname, join, normalize, sep } from 'node:path';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.map': 'application/json',
};

/** Serves folders under URL prefixes on loopback, e.g. dist/ at /map/, as a static host would. */
export async function startStaticServer(mounts: Record<string, string>): Promise<{ url: string; close(): Promise<void> }> {
  const server: Server = createServer((request, response) => {
    void (async () => {
      const path = decodeURIComponent(new URL(request.url ?? '/', 'http://localhost').pathname);
      const prefix = Object.keys(mounts).find((p) => path.startsWith(p));
      if (!prefix) return notFound();
      const root = mounts[prefix]!;
      const relative = path.slice(prefix.length) || 'index.html';
      const file = normalize(join(root, relative.endsWith('/') ? `${relative}index.html` : relative));
      if (!file.startsWith(normalize(root) + sep) && file !== normalize(root)) return notFound();
      try {
        const body = await readFile(file);
        response.writeHead(200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream', 'content-length': body.length });
        response.end(body);
      } catch {
        notFound();
      }
    })();
    function notFound() {
      response.writeHead(404, { 'content-type': 'text/plain' });
      response.end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
