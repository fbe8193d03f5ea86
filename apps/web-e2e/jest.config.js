// Browser tests of the web app: real Chromium (Debian's /usr/bin/chromium, driven by playwright-core)
// against the real API serving the built app, on a fresh database per file. The transform and the
// path aliases are the server project's: these tests start the API in-process.
const server = require('../../jest.server.config.js');

module.exports = {
  displayName: 'web-e2e',
  rootDir: server.rootDir,
  testEnvironment: 'node',
  // `*.e2e-spec.ts`, not `*.spec.ts`: the server project's testMatch would run them a second time.
  testMatch: ['<rootDir>/apps/web-e2e/test/**/*.e2e-spec.ts'],
  transform: server.transform,
  transformIgnorePatterns: server.transformIgnorePatterns,
  moduleNameMapper: server.moduleNameMapper,
  // Builds the web app once per run when stale, and starts PostgreSQL / Redis like the server tests.
  globalSetup: '<rootDir>/apps/web-e2e/test/global-setup.ts',
  globalTeardown: '<rootDir>/apps/web-e2e/test/global-teardown.ts',
};
