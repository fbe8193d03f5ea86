// `npm test` runs every jest project of the repository in one run. Options that jest reads only at
// this level (timeouts, workers) live here.
module.exports = {
  projects: ['<rootDir>/jest.server.config.js', '<rootDir>/apps/web/jest.config.js', '<rootDir>/apps/web-e2e/jest.config.js'],
  maxWorkers: 2,
  testTimeout: 60_000,
};
