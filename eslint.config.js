// @ts-check
import js from '@eslint/js';
import tseslint from 'typescript-eslint';

const SERVICES = ['gateway', 'assessment', 'notification', 'reporting'];

/**
 * Import boundaries: a service imports libraries, never another service; libraries never
 * import services. Enforced here so a violation fails `npm test`, not a code review.
 */
function boundaries(self) {
  return {
    'no-restricted-imports': [
      'error',
      {
        patterns: [
          {
            group: ['**/services/**', ...SERVICES.filter((s) => s !== self).map((s) => `@evkin/${s}`)],
            message: 'A service may import libraries (libs/*) only, never another service.',
          },
          {
            group: ['**/libs/*/src/**', '**/libs/*/dist/**'],
            message: 'Import a library by its package name (@evkin/…), not by path.',
          },
        ],
      },
    ],
  };
}

export default tseslint.config(
  {
    ignores: [
      '**/dist/**',
      '**/node_modules/**',
      '.tools/**',
      '.data/**',
      '**/.angular/**',
      'coverage/**',
      'demo-output/**',
      'test-output/**',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.recommendedTypeChecked,
  {
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/no-misused-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: false, requireDefaultForNonUnion: true },
      ],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/no-unsafe-function-type': 'off',
      'no-console': 'error',
      eqeqeq: ['error', 'always'],
    },
  },
  // Nest resolves constructor injection from emitted type metadata: those imports must stay values.
  {
    files: ['services/**/*.ts', 'libs/platform/**/*.ts'],
    rules: { '@typescript-eslint/consistent-type-imports': 'off' },
  },
  ...SERVICES.map((service) => ({ files: [`services/${service}/**/*.ts`], rules: boundaries(service) })),
  {
    files: ['libs/**/*.ts', 'frontend/**/*.ts'],
    rules: boundaries('none'),
  },
  {
    files: ['**/*.js', '**/*.mjs'],
    ...tseslint.configs.disableTypeChecked,
    languageOptions: {
      parserOptions: { projectService: false, project: false },
      globals: {
        process: 'readonly',
        console: 'readonly',
        URL: 'readonly',
        setTimeout: 'readonly',
        clearTimeout: 'readonly',
        Buffer: 'readonly',
        fetch: 'readonly',
        AbortSignal: 'readonly',
        globalThis: 'readonly',
      },
    },
  },
  {
    files: ['scripts/**/*.mjs', 'bench/**/*.mjs', '.ci/**/*.mjs'],
    rules: { 'no-console': 'off' },
  },
);
