/**
 * End-to-end tests (npm run e2e): the preview page in Debian's Chromium driven by playwright-core. Separate from
 * jest.config.js so that `npm test` stays fast and needs no browser. The tests build the preview themselves.
 * @type {import('jest').Config}
 */
module.exports = {
  testEnvironment: "node",
  roots: ["<rootDir>/test/e2e"],
  testMatch: ["**/*.e2e.ts"],
  transform: { "^.+\\.tsx?$": ["ts-jest", { tsconfig: "tsconfig.json" }] },
  moduleFileExtensions: ["ts", "tsx", "js", "json"],
  // only a hang ends a test; a loaded machine never does
  testTimeout: 30 * 60 * 1000,
  maxWorkers: 1,
};
