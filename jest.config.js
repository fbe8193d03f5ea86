// `npm test` runs every jest project of the repository in one run.
module.exports = {
  projects: ['<rootDir>/jest.server.config.js', '<rootDir>/apps/web/jest.config.js'],
  maxWorkers: 2,
};
