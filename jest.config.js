/** @typedef {import('jest').Config} Config */

// Three projects so the fast unit run stays fast: unit (pure code), integration (real Neo4j),
// e2e (real Neo4j + real Chromium). scripts/test.ts runs all three with the services they need.
const swc = {
  '^.+\\.(t|j)sx?$': ['@swc/jest', { jsc: { target: 'es2022', parser: { syntax: 'typescript' }, experimental: { keepImportAttributes: true } }, module: { type: 'es6' } }],
};
const common = {
  transform: swc,
  extensionsToTreatAsEsm: ['.ts'],
  testEnvironment: 'node',
  roots: ['<rootDir>/graph-schema', '<rootDir>/packages', '<rootDir>/apps', '<rootDir>/scripts'],
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/'],
};

/** @type {Config} */
const config = {
  projects: [
    { ...common, displayName: 'unit', testMatch: ['**/*.test.ts'], testPathIgnorePatterns: ['/node_modules/', '\\.int\\.test\\.ts$', '\\.e2e\\.test\\.ts$'] },
    { ...common, displayName: 'integration', testMatch: ['**/*.int.test.ts'], testPathIgnorePatterns: ['/node_modules/'] },
    { ...common, displayName: 'e2e', testMatch: ['**/*.e2e.test.ts'], testPathIgnorePatterns: ['/node_modules/'] },
  ],
};
export default config;
