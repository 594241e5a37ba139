/** Configuration comes only from the environment, with the documented defaults. */
import { describeDatabase, loadConfig, ConfigError } from '../../src/config';

it('defaults to SQLite at ./exergylab.db on port 4000', () => {
  const config = loadConfig({});
  expect(config.database).toEqual({ kind: 'sqlite', sqlitePath: './exergylab.db' });
  expect(config.port).toBe(4000);
  expect(config.interpreter).toEqual({ url: null, apiKey: null, model: null, timeoutMs: 60000, maxRetries: 2 });
});

it('selects PostgreSQL with a postgresql:// DATABASE_URL and SQLite at SQLITE_PATH otherwise', () => {
  expect(loadConfig({ DATABASE_URL: 'postgresql://u@h:5432/db' }).database).toEqual({
    kind: 'postgresql',
    url: 'postgresql://u@h:5432/db',
  });
  expect(loadConfig({ SQLITE_PATH: '/tmp/x.db' }).database).toEqual({ kind: 'sqlite', sqlitePath: '/tmp/x.db' });
});

it('refuses a non-PostgreSQL DATABASE_URL and a bad PORT, naming the variable', () => {
  expect(() => loadConfig({ DATABASE_URL: 'mysql://x' })).toThrow(ConfigError);
  expect(() => loadConfig({ PORT: 'eighty' })).toThrow(/PORT must be an integer in \[0, 65535\]/);
});

describe('accounts', () => {
  it('defaults to a 7-day session, 10 login attempts a minute and a generated secret outside production', () => {
    expect(loadConfig({}).auth).toEqual({ jwtSecret: null, jwtTtlSeconds: 604_800, loginRateLimit: 10 });
  });

  it('reads JWT_TTL in seconds or with a unit, and refuses nonsense', () => {
    expect(loadConfig({ JWT_TTL: '3600' }).auth.jwtTtlSeconds).toBe(3600);
    expect(loadConfig({ JWT_TTL: '30m' }).auth.jwtTtlSeconds).toBe(1800);
    expect(loadConfig({ JWT_TTL: '12h' }).auth.jwtTtlSeconds).toBe(43_200);
    expect(loadConfig({ JWT_TTL: '2d' }).auth.jwtTtlSeconds).toBe(172_800);
    expect(() => loadConfig({ JWT_TTL: 'soon' })).toThrow(/JWT_TTL must be a duration/);
    expect(() => loadConfig({ JWT_TTL: '10' })).toThrow(/JWT_TTL/); // below one minute
  });

  it('refuses to start in production without JWT_SECRET, and refuses a short secret anywhere', () => {
    expect(() => loadConfig({ NODE_ENV: 'production' })).toThrow(/JWT_SECRET is required when NODE_ENV=production/);
    const secret = 'x'.repeat(32);
    expect(loadConfig({ NODE_ENV: 'production', JWT_SECRET: secret }).auth.jwtSecret).toBe(secret);
    expect(() => loadConfig({ JWT_SECRET: 'short' })).toThrow(/at least 32 characters/);
  });

  it('reads LOGIN_RATE_LIMIT as a positive integer', () => {
    expect(loadConfig({ LOGIN_RATE_LIMIT: '3' }).auth.loginRateLimit).toBe(3);
    expect(() => loadConfig({ LOGIN_RATE_LIMIT: '0' })).toThrow(/LOGIN_RATE_LIMIT must be an integer/);
  });
});

it('reads TRUST_PROXY as a hop count or a list of addresses, unset by default', () => {
  expect(loadConfig({}).trustProxy).toBeNull();
  expect(loadConfig({ TRUST_PROXY: '1' }).trustProxy).toBe(1);
  expect(loadConfig({ TRUST_PROXY: 'loopback, 10.0.0.0/8' }).trustProxy).toBe('loopback, 10.0.0.0/8');
  expect(() => loadConfig({ TRUST_PROXY: 'any;thing' })).toThrow(/TRUST_PROXY/);
});

it('serves the explorers in development and, with NODE_ENV=production, only when EXPLORER=true', () => {
  const production = { NODE_ENV: 'production', JWT_SECRET: 'x'.repeat(32) };
  expect(loadConfig({}).explorer).toBe(true);
  expect(loadConfig({ EXPLORER: 'false' }).explorer).toBe(false);
  expect(loadConfig(production).explorer).toBe(false);
  expect(loadConfig({ ...production, EXPLORER: 'true' }).explorer).toBe(true);
  expect(loadConfig({ ...production, EXPLORER: 'TRUE' }).explorer).toBe(true);
  expect(() => loadConfig({ EXPLORER: 'yes' })).toThrow(/EXPLORER must be true or false, got "yes"/);
});

it('serves Prometheus metrics only when METRICS=true', () => {
  expect(loadConfig({}).metrics).toBe(false);
  expect(loadConfig({ METRICS: 'true' }).metrics).toBe(true);
  expect(() => loadConfig({ METRICS: '1' })).toThrow(/METRICS must be true or false/);
});

it('describes the database for logs without user or password', () => {
  expect(describeDatabase({ kind: 'sqlite', sqlitePath: './x.db' })).toEqual({ kind: 'sqlite', path: './x.db' });
  const described = describeDatabase({
    kind: 'postgresql',
    url: 'postgresql://admin:s3cret@db.internal:6543/plant?ssl=true',
  });
  expect(described).toEqual({ kind: 'postgresql', host: 'db.internal', port: 6543, database: 'plant' });
  expect(JSON.stringify(described)).not.toMatch(/admin|s3cret/);
  expect(describeDatabase({ kind: 'postgresql', url: 'postgres://u:p@h/' })).toEqual({
    kind: 'postgresql',
    host: 'h',
    port: 5432,
    database: '(default)',
  });
});
