import nx from '@nx/eslint-plugin';
import tseslint from 'typescript-eslint';

// Who may import whom. Apps never import each other (the rule refuses any app import);
// libs never import apps; contracts and utils stay free of framework-bound code.
const depConstraints = [
  { sourceTag: 'type:app', onlyDependOnLibsWithTags: ['type:platform', 'type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:e2e', onlyDependOnLibsWithTags: ['type:testing', 'type:platform', 'type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:testing', onlyDependOnLibsWithTags: ['type:platform', 'type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:platform', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:data-access', onlyDependOnLibsWithTags: ['type:data-access', 'type:util', 'type:contracts'] },
  { sourceTag: 'type:contracts', onlyDependOnLibsWithTags: ['type:util'] },
  { sourceTag: 'type:util', onlyDependOnLibsWithTags: ['type:util'] },
];

export default tseslint.config(
  { ignores: ['**/node_modules/**', '**/dist/**', 'tmp/**', 'infra/kafka/lib/**', '**/migrations/.snapshot-*.json'] },
  ...tseslint.configs.recommended,
  {
    files: ['**/*.ts'],
    plugins: { '@nx': nx },
    // Nest injects by the reflected constructor types: the type-import rule must know they are used.
    languageOptions: { parserOptions: { emitDecoratorMetadata: true, experimentalDecorators: true } },
    rules: {
      '@nx/enforce-module-boundaries': ['error', { depConstraints, allow: [] }],
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
    },
  },
  {
    // A project's specs may use the testing lib; its production code may not.
    files: ['**/*.spec.ts', '**/*.integration-spec.ts', '**/testing/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          depConstraints: depConstraints.map((constraint) => ({
            ...constraint,
            onlyDependOnLibsWithTags: [...constraint.onlyDependOnLibsWithTags, 'type:testing'],
          })),
          allow: [],
        },
      ],
    },
  },
  {
    // The platform end-to-end tests boot every app in one process: the only place that may
    // import apps, and only through their public entry points.
    files: ['apps/platform-e2e/**/*.ts'],
    rules: {
      '@nx/enforce-module-boundaries': [
        'error',
        {
          depConstraints,
          allow: ['organization', 'personnel', 'governance', 'supervision', 'economy', 'gateway'].map((app) => `@grassroots/${app}-app`),
        },
      ],
    },
  },
  {
    files: ['**/*.js', '**/*.cjs'],
    rules: { '@typescript-eslint/no-require-imports': 'off' },
  },
);
