import { execFileSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { chromiumPath } from './chromium';
import { startStaticServer } from './staticServer';

const root = fileURLToPath(new URL('../../../', import.meta.url));

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built app, served under a sub-path as it would be on a real host. */
    appUrl: string;
    /** tests/fixtures, served from the same origin, for ?data= */
    fixturesUrl: string;
  }
}

export default async function setup(project: TestProject) {
  chromiumPath();
  // Build exactly what `npm run build` ships: vitest sets NODE_ENV=test, which would otherwise
  // bundle React's development build (and double-run effects under StrictMode).
  execFileSync(process.execPath, [`${root}node_modules/vite/bin/vite.js`, 'build', '--logLevel', 'warn'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NODE_ENV: 'production' },
  });
  const server = await startStaticServer({ '/map/': `${root}dist`, '/fixtures/': `${root}tests/fixtures` });
  project.provide('appUrl', `${server.url}/map/`);
  project.provide('fixturesUrl', `${server.url}/fixtures/`);
  return () => server.close();
}
