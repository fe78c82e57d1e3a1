/**
 * Zod builds fast parsers with `new Function` unless told not to, and finds
 * out whether it may by trying one: under the page's Content-Security-Policy
 * (no eval) that try is refused and reported as a violation. The game's
 * schemas are small, so it parses without compiling. Imported first, before
 * any schema is made.
 */
import { config } from 'zod';

config({ jitless: true });
