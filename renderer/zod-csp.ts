/**
 * Imported first by main.ts. Zod 4 probes `new Function('')` the first time it parses an
 * object, to decide whether to compile fast parsers; under the app's CSP (script-src 'self',
 * no 'unsafe-eval') that probe is refused and reported as a CSP violation. Jitless mode skips
 * the probe; parsing stays correct and fast enough for scenario files.
 */
import { z } from 'zod';

z.config({ jitless: true });
