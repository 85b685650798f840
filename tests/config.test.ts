// Settings: every problem reported at once, where to get each token said, no secret ever echoed.

import { describe, expect, it } from '@jest/globals';
import { ConfigError, loadConfig, parseDuration } from '../src/config';

const BOT = 'xoxb-1111111111-2222222222222-abcdefabcdefabcdefabcdef';
const APP = 'xapp-1-A0APP0001-3333333333333-0123456789abcdef0123456789abcdef';
const problemsOf = (env: Record<string, string>): string[] => {
  try {
    loadConfig(env, '/srv/bot');
  } catch (error) {
    if (error instanceof ConfigError) return [...error.problems];
    throw error;
  }
  return [];
};

describe('loadConfig', () => {
  it('says plainly that no tokens are set, and where to start', () => {
    expect(problemsOf({})).toEqual([
      expect.stringMatching(/^No Slack tokens are set\. Copy \.env\.example to \.env/),
    ]);
  });

  it('names each missing token and where to get it', () => {
    const problems = problemsOf({ SLACK_BOT_TOKEN: BOT });
    expect(problems).toEqual([expect.stringMatching(/^SLACK_APP_TOKEN is not set\. .*App-Level Tokens/)]);
    expect(problemsOf({ SLACK_MODE: 'http', SLACK_BOT_TOKEN: BOT })).toEqual([
      expect.stringMatching(/^SLACK_SIGNING_SECRET is not set .*Signing Secret/),
    ]);
  });

  it('reports every problem at once, naming the kind of a wrong token but never the token', () => {
    const problems = problemsOf({
      SLACK_BOT_TOKEN: APP,
      SLACK_APP_TOKEN: BOT,
      PORT: 'eighty',
      SESSION_TIMEOUT: '30',
      RETENTION_DAYS: '-1',
      LOG_LEVEL: 'loud',
      DATABASE_URL: 'mysql://x',
      SLACK_API_URL: 'ftp://example.com',
      METRICS_PORT: '9090x',
    });
    expect(problems).toHaveLength(9);
    expect(problems.join('\n')).toMatch(/METRICS_PORT must be a whole number/);
    expect(problems.join('\n')).toMatch(/SLACK_BOT_TOKEN must start with xoxb-, but it holds a xapp- token/);
    expect(problems.join('\n')).toMatch(/SESSION_TIMEOUT must be a duration with a unit/);
    expect(problems.join('\n')).not.toContain(BOT);
    expect(problems.join('\n')).not.toContain(APP);
  });

  it('fills in the documented defaults', () => {
    const config = loadConfig({ SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP }, '/srv/bot');
    expect(config).toMatchObject({
      mode: 'socket',
      port: 3000,
      metricsPort: undefined,
      metricsHost: '127.0.0.1',
      slackApiUrl: undefined,
      database: { kind: 'sqlite', path: '/srv/bot/data/bot.sqlite' },
      personaFile: 'persona.json',
      sessionTimeoutMs: 30 * 60_000,
      retentionMs: 30 * 86_400_000,
      logLevel: 'info',
    });
  });

  it('accepts Redis, an absolute SQLite path and a Slack API URL without a trailing slash', () => {
    const config = loadConfig(
      {
        SLACK_MODE: 'http',
        SLACK_BOT_TOKEN: BOT,
        SLACK_SIGNING_SECRET: 'f'.repeat(32),
        DATABASE_URL: 'redis://user:hunter2@cache:6379',
        SLACK_API_URL: 'https://slack-gov.com/api',
      },
      '/srv/bot',
    );
    expect(config.slackApiUrl).toBe('https://slack-gov.com/api/');
    expect(config.database).toEqual({
      kind: 'redis',
      url: 'redis://user:hunter2@cache:6379',
      display: 'redis://user:***@cache:6379',
    });
    expect(
      loadConfig(
        { SLACK_BOT_TOKEN: BOT, SLACK_APP_TOKEN: APP, DATABASE_URL: 'sqlite:///var/lib/bot.sqlite' },
        '/x',
      ).database,
    ).toEqual({
      kind: 'sqlite',
      path: '/var/lib/bot.sqlite',
    });
  });
});

describe('parseDuration', () => {
  it.each([
    ['90s', 90_000],
    ['30m', 1_800_000],
    ['24h', 86_400_000],
    ['7d', 604_800_000],
    ['1.5h', 5_400_000],
  ])('reads %s', (raw, ms) => {
    const problems: string[] = [];
    expect(parseDuration('X', raw, problems)).toBe(ms);
    expect(problems).toEqual([]);
  });

  it.each(['30', 'soon', '0m', '-5m'])('rejects %s with a clear message', (raw) => {
    const problems: string[] = [];
    parseDuration('SESSION_TIMEOUT', raw, problems);
    expect(problems).toEqual([expect.stringMatching(/^SESSION_TIMEOUT must/)]);
  });
});
