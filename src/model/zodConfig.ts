import { z } from 'zod';

/**
 * Zod would probe whether it may compile parsers with `new Function`. The page's CSP forbids eval,
 * so the probe fails (caught) but still reports a `securitypolicyviolation`; `jitless` skips the
 * probe and the compiled fast path. Validating the bundled dataset is about as fast either way
 * (npm run corpus and the size-limit test measure validation).
 */
z.config({ jitless: true });

/**
 * Every zod schema in the model takes `z` from here, so the setting above is made before any schema
 * exists, and this module loads exactly when a schema does (with the validator, not the first load).
 */
export { z };
