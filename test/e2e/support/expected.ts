// The browser-driving tooling lives in scripts/support/ (shared with npm run screenshots and
// bench:ui); the end-to-end tests import it from here.
export * from '../../../scripts/support/expected.ts';
