/**
 * Jest runs TypeScript through ts-jest (it emits decorator metadata, which
 * type-graphql and MikroORM need). Type checking is done once by `tsc` in
 * `npm test`, so ts-jest only transpiles (isolatedModules) to stay fast.
 *
 * TEST_DB=postgres switches the database-backed suites to PostgreSQL.
 */
/** @type {import('jest').Config} */
module.exports = {
  testEnvironment: 'node',
  roots: ['<rootDir>/tests'],
  testMatch: ['**/*.test.ts'],
  transform: {
    '^.+\\.ts$': ['ts-jest', { tsconfig: 'tsconfig.json', isolatedModules: true, diagnostics: false }],
  },
  setupFiles: ['reflect-metadata'],
  testTimeout: 60000,
  maxWorkers: 2,
  // A worker that grew past this is replaced between files: a big worker can take longer than jest's 500 ms
  // to tear its memory down at the end and is then reported as "failed to exit gracefully".
  workerIdleMemoryLimit: '200MB',
};
