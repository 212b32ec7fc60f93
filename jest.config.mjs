/**
 * Unit tests sit beside the code (*.spec.ts); integration tests use real servers (*.int-spec.ts);
 * end-to-end tests drive the portal in headless Chromium through a whole stack (*.e2e-spec.ts).
 */
const swc = [
  '@swc/jest',
  {
    jsc: {
      parser: { syntax: 'typescript', decorators: true },
      transform: { legacyDecorator: true, decoratorMetadata: true, useDefineForClassFields: false },
      target: 'es2023',
      keepClassNames: true,
    },
    module: { type: 'es6' },
    sourceMaps: 'inline',
  },
];

const common = {
  extensionsToTreatAsEsm: ['.ts'],
  transform: { '^.+\\.ts$': swc },
  moduleNameMapper: {
    '^@evkin/contracts$': '<rootDir>/libs/contracts/src/index.ts',
    '^@evkin/platform$': '<rootDir>/libs/platform/src/index.ts',
    '^@evkin/catalogue$': '<rootDir>/libs/catalogue/src/index.ts',
    '^@evkin/scoring$': '<rootDir>/libs/scoring/src/index.ts',
    '^@evkin/mail-catcher$': '<rootDir>/libs/mail-catcher/src/index.ts',
    '^(\\.{1,2}/.*)\\.js$': '$1',
  },
  testEnvironment: 'node',
  rootDir: '.',
  modulePathIgnorePatterns: ['<rootDir>/.*/dist/', '<rootDir>/.tools/', '<rootDir>/.data/'],
};

export default {
  // Integration tests create databases and vhosts and start real services; unit tests stay far below this.
  testTimeout: 60_000,
  projects: [
    {
      ...common,
      displayName: 'unit',
      testMatch: [
        '<rootDir>/libs/*/src/**/*.spec.ts',
        '<rootDir>/services/*/src/**/*.spec.ts',
        '<rootDir>/test/unit/**/*.spec.ts',
      ],
    },
    {
      ...common,
      displayName: 'integration',
      testMatch: [
        '<rootDir>/libs/*/test/**/*.int-spec.ts',
        '<rootDir>/services/*/test/**/*.int-spec.ts',
        '<rootDir>/test/integration/**/*.int-spec.ts',
      ],
      globalSetup: '<rootDir>/test/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
    {
      ...common,
      displayName: 'e2e',
      testMatch: ['<rootDir>/test/e2e/**/*.e2e-spec.ts'],
      globalSetup: '<rootDir>/test/e2e/support/global-setup.mjs',
      globalTeardown: '<rootDir>/test/support/global-teardown.mjs',
    },
  ],
};
