// Unit tests of the web app and libs/web/*: pure logic (no TestBed, no browser), kept apart from
// the root jest run, which boots PostgreSQL and Redis for the server's tests.
const { readFileSync } = require('node:fs');
const { join } = require('node:path');

const root = join(__dirname, '../..');
const paths = JSON.parse(readFileSync(join(root, 'tsconfig.base.json'), 'utf8')).compilerOptions.paths;

const moduleNameMapper = Object.fromEntries(
  Object.entries(paths).map(([alias, [target]]) => [`^${alias.replace(/\//g, '\\/')}$`, `<rootDir>/${target}`]),
);

module.exports = {
  displayName: 'web',
  rootDir: root,
  testEnvironment: 'node',
  testMatch: ['<rootDir>/{apps/web,libs/web}/**/*.spec.ts'],
  transform: {
    // Angular ships ES modules only; swc turns them (and our TypeScript) into CommonJS for jest.
    '^.+\\.(t|j|mj)s$': [
      '@swc/jest',
      {
        swcrc: false,
        jsc: {
          parser: { syntax: 'typescript', decorators: true },
          transform: { legacyDecorator: true, useDefineForClassFields: false },
          target: 'es2022',
        },
        module: { type: 'commonjs' },
      },
    ],
  },
  transformIgnorePatterns: ['/node_modules/(?!(@angular|rxjs)/)'],
  moduleNameMapper,
  setupFiles: ['<rootDir>/apps/web/jest.setup.js'],
};
