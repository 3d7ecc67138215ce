import { z } from 'zod';

/**
 * The contracts run without zod's JIT, in the browser and the api alike. The JIT compiles
 * parsers with `new Function`, and probes for it once; the web client is served under a CSP
 * without 'unsafe-eval', where that probe is reported as a policy violation (and the JIT is
 * off anyway). Imported first by the contracts, before any schema is built.
 */
z.config({ jitless: true });
