// Two projects. `unit`: no processes, sockets or browsers (npm run test:unit, under a minute): the
// conversation rules, language understanding, the application layer over in-memory and SQLite stores,
// the admin commands, settings and views. `integration`: everything that runs the real Bolt app, the
// Slack stand-in, the real process, Redis or Chromium. `npm test` (and CI) runs both.

const transform = {
  '^.+\\.ts$': [
    '@swc/jest',
    { jsc: { parser: { syntax: 'typescript' }, target: 'es2022' }, module: { type: 'commonjs' } },
  ],
};

const UNIT = [
  '<rootDir>/tests/conversation/**/*.test.ts',
  '<rootDir>/tests/nlu/**/*.test.ts',
  '<rootDir>/tests/application/**/*.test.ts',
  '<rootDir>/tests/admin/!(*.e2e).test.ts',
  '<rootDir>/tests/config.test.ts',
  '<rootDir>/tests/persona-file.test.ts',
  '<rootDir>/tests/playground/config.test.ts',
  '<rootDir>/tests/slack/home-view.test.ts',
  '<rootDir>/tests/slack/message-filter.test.ts',
];

const common = { testEnvironment: 'node', transform, clearMocks: true, restoreMocks: true };

/** @type {import('jest').Config} */
module.exports = {
  projects: [
    { ...common, displayName: 'unit', testMatch: UNIT },
    {
      ...common,
      displayName: 'integration',
      testMatch: ['<rootDir>/tests/**/*.test.ts'],
      testPathIgnorePatterns: [
        '/node_modules/',
        '<rootDir>/tests/(conversation|nlu|application)/',
        '<rootDir>/tests/admin/(?!.*\\.e2e\\.test\\.ts$)',
        '<rootDir>/tests/config\\.test\\.ts$',
        '<rootDir>/tests/persona-file\\.test\\.ts$',
        '<rootDir>/tests/playground/config\\.test\\.ts$',
        '<rootDir>/tests/slack/(home-view|message-filter)\\.test\\.ts$',
      ],
    },
  ],
};
