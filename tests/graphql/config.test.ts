/** Configuration comes only from the environment, with the documented defaults. */
import { loadConfig, ConfigError } from '../../src/config';

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
