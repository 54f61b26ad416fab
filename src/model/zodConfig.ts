import { z } from 'zod';

/**
 * Zod would probe whether it may compile parsers with `new Function`. The page's CSP forbids eval,
 * so the probe fails (caught) but still reports a `securitypolicyviolation`; `jitless` skips the
 * probe and the compiled fast path. Validating the bundled dataset is about as fast either way
 * (npm run corpus and the size-limit test measure validation).
 */
z.config({ jitless: true });
