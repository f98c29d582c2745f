import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { type Config, ConfigError, configVariables, loadConfig } from '../../src/config.js';
import { projectRoot } from '../../src/paths.js';

describe('configuration', () => {
  it('has the defaults of the contract', () => {
    expect(loadConfig({})).toMatchObject({
      PORT: 3000,
      HOST: '127.0.0.1',
      PGLITE_DATA_DIR: './data/pglite',
      SEED_ON_EMPTY: true,
      CORS_ORIGINS: ['*'],
      RATE_LIMIT_MAX: 600,
      CACHE_MAX_AGE: 60,
      LOG_LEVEL: 'info',
    });
    expect(loadConfig({}).DATABASE_URL).toBeUndefined();
  });

  it('parses lists, numbers and flags', () => {
    const config = loadConfig({
      PORT: '8080',
      CORS_ORIGINS: 'https://a.example, https://b.example',
      DATABASE_READ_URL: 'postgres://r1/db,postgres://r2/db',
      SEED_ON_EMPTY: 'false',
    });
    expect(config.PORT).toBe(8080);
    expect(config.CORS_ORIGINS).toEqual(['https://a.example', 'https://b.example']);
    expect(config.DATABASE_READ_URL).toEqual(['postgres://r1/db', 'postgres://r2/db']);
    expect(config.SEED_ON_EMPTY).toBe(false);
  });

  it.each([
    ['PORT', '3e3'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['ADMIN_API_KEY', 'too-short'],
    ['SEED_ON_EMPTY', 'yes'],
    ['RATE_LIMIT_MAX', '0'],
    ['LOG_LEVEL', 'loud'],
    ['REDIS_URL', 'http://cache:6379'],
  ])('refuses %s=%s and names the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(ConfigError);
    expect(() => loadConfig({ [name]: value })).toThrow(name);
  });

  it('names every bad variable at once', () => {
    try {
      loadConfig({ PORT: 'x', CACHE_MAX_AGE: '-1' });
      expect.unreachable();
    } catch (error) {
      expect(String(error)).toContain('PORT');
      expect(String(error)).toContain('CACHE_MAX_AGE');
    }
  });
});

describe('.env.example', () => {
  const text = readFileSync(join(projectRoot, '.env.example'), 'utf8');
  const listed = [...text.matchAll(/^# ([A-Z_]+)=(.*)$/gm)].map(([, name = '', value = '']) => ({ name, value }));

  it('lists every variable, once', () => {
    expect(listed.map(({ name }) => name).sort()).toEqual([...configVariables].sort());
  });

  it('gives each its real default', () => {
    const defaults = loadConfig({});
    for (const { name, value } of listed) {
      const key = name as keyof Config;
      if (value === '') expect(defaults[key], name).toBeUndefined();
      else expect(loadConfig({ [name]: value })[key], name).toEqual(defaults[key]);
    }
  });
});
