import { config } from 'zod';

/**
 * Zod would probe whether it may compile parsers with `new Function`. The page's CSP forbids eval,
 * so the probe fails (caught) but still reports a `securitypolicyviolation`; `jitless` skips the
 * probe and the compiled fast path. Validating the bundled dataset is about as fast either way
 * (npm run corpus and the size-limit test measure validation).
 *
 * Every module that builds a schema calls this first, at its top. A call (not a bare import for its
 * side effect) because those modules load only with the validator (vite.config.ts declares them
 * free of side effects so the first load leaves them out), and the setting must travel with them.
 */
export function zodWithoutEval(): void {
  config({ jitless: true });
}
