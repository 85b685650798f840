// The playground's settings: defaults that need nothing (no Slack tokens), and every problem reported at once.

import { describe, expect, it } from '@jest/globals';
import { ConfigError } from '../../src/config';
import { isLoopback, loadPlaygroundConfig, playgroundUrl } from '../../src/playground/config';

const cwd = '/srv/bot';

describe('loadPlaygroundConfig', () => {
  it('needs nothing: loopback, port 3000 and the Slack bot’s own store', () => {
    expect(loadPlaygroundConfig({}, cwd)).toEqual({
      host: '127.0.0.1',
      port: 3000,
      database: { kind: 'sqlite', path: '/srv/bot/data/bot.sqlite' },
      personaFile: 'persona.json',
      sessionTimeoutMs: 30 * 60_000,
      retentionMs: 30 * 86_400_000,
      logLevel: 'info',
    });
  });

  it('reads every setting, and ignores Slack tokens', () => {
    const config = loadPlaygroundConfig(
      {
        PORT: '0',
        PLAYGROUND_HOST: '0.0.0.0',
        DATABASE_URL: 'sqlite:///var/lib/bot/bot.sqlite',
        PERSONA_FILE: 'other.json',
        SESSION_TIMEOUT: '90s',
        RETENTION_DAYS: '7',
        LOG_LEVEL: 'debug',
        SLACK_BOT_TOKEN: 'xapp-wrong-kind',
      },
      cwd,
    );
    expect(config).toMatchObject({
      host: '0.0.0.0',
      port: 0,
      database: { path: '/var/lib/bot/bot.sqlite' },
      personaFile: 'other.json',
      sessionTimeoutMs: 90_000,
      retentionMs: 7 * 86_400_000,
      logLevel: 'debug',
    });
  });

  it('reports every problem at once', () => {
    const env = {
      PORT: '3000x',
      PLAYGROUND_HOST: 'not a host',
      DATABASE_URL: 'mysql://x',
      SESSION_TIMEOUT: '30',
      RETENTION_DAYS: '-1',
      LOG_LEVEL: 'loud',
    };
    let error: unknown;
    try {
      loadPlaygroundConfig(env, cwd);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(ConfigError);
    const problems = (error as ConfigError).problems;
    expect(problems).toHaveLength(6);
    expect(problems.join('\n')).toMatch(
      /PLAYGROUND_HOST.*PORT.*DATABASE_URL.*SESSION_TIMEOUT.*RETENTION_DAYS.*LOG_LEVEL/s,
    );
  });
});

describe('addresses', () => {
  it.each([
    ['127.0.0.1', 3000, 'http://127.0.0.1:3000'],
    ['0.0.0.0', 3000, 'http://127.0.0.1:3000'],
    ['::1', 8080, 'http://[::1]:8080'],
    ['localhost', 3001, 'http://localhost:3001'],
  ])('%s:%i is opened at %s', (host, port, url) => {
    expect(playgroundUrl(host, port)).toBe(url);
  });

  it.each([
    ['127.0.0.1', true],
    ['127.1.2.3', true],
    ['localhost', true],
    ['::1', true],
    ['0.0.0.0', false],
    ['192.168.1.10', false],
    ['127.0.0.1.evil.example', false],
  ])('%s is loopback: %s', (host, loopback) => {
    expect(isLoopback(host)).toBe(loopback);
  });
});
