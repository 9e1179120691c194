// Unit, component and scenario tests. Browser tests are Playwright's (playwright.config.ts).
const swc = ['@swc/jest', { jsc: { transform: { react: { runtime: 'automatic' } } } }];

/** @type {import('jest').Config} */
module.exports = {
  testMatch: ['<rootDir>/test/**/*.test.ts', '<rootDir>/test/**/*.test.tsx'],
  testPathIgnorePatterns: ['/node_modules/', '<rootDir>/test/browser/'],
  transform: { '^.+\\.(t|j)sx?$': swc },
  testEnvironment: 'node',
  setupFilesAfterEnv: ['<rootDir>/test/setup.ts'],
  moduleNameMapper: {
    '\\.(css|png|svg)$': '<rootDir>/test/fileStub.js',
  },
};
