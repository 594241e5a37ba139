/**
 * The built server (`dist/src/main.js`, made by `npm test`'s compile step) as a
 * child process, for tests that kill and restart it.
 */
import { spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

export const MAIN_JS = join(__dirname, '../../dist/src/main.js');

export interface ChildServer {
  process: ChildProcess;
  url: string;
  logLines: string[];
  /** Resolves with the exit code (or signal name). */
  exited: Promise<number | string>;
}

/** Every child still running: a failed test must not leave a server behind. */
const children = new Set<ChildProcess>();

/** SIGKILLs every child server this test file started that is still running. */
export function killChildServers(): void {
  for (const child of children) child.kill('SIGKILL');
  children.clear();
}

export function startChildServer(env: Record<string, string>, options: { cwd?: string } = {}): Promise<ChildServer> {
  if (!existsSync(MAIN_JS)) throw new Error(`${MAIN_JS} is missing: compile first (npm test does it)`);
  const child = spawn(process.execPath, [MAIN_JS], {
    env: { ...process.env, PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
    cwd: options.cwd,
  });
  children.add(child);
  const logLines: string[] = [];
  const exited = new Promise<number | string>((resolve) =>
    child.once('exit', (code, signal) => {
      children.delete(child);
      resolve(code ?? signal ?? -1);
    }),
  );
  // stderr too: a crash's message lands there.
  createInterface({ input: child.stderr! }).on('line', (line) => logLines.push(line));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start:\n${logLines.join('\n')}`)), 30000);
    createInterface({ input: child.stdout! }).on('line', (line) => {
      logLines.push(line);
      let entry: { url?: string; port?: number };
      try {
        entry = JSON.parse(line);
      } catch {
        return; // not a log line of ours
      }
      if (entry.port && entry.url) {
        clearTimeout(timer);
        resolve({ process: child, url: `http://127.0.0.1:${entry.port}/graphql`, logLines, exited });
      }
    });
    createInterface({ input: child.stderr! }).on('line', (line) => logLines.push(line));
    void exited.then((code) => {
      clearTimeout(timer);
      reject(new Error(`server exited (${code}) before it was ready:\n${logLines.join('\n')}`));
    });
  });
}

export async function post(
  url: string,
  query: string,
  variables?: Record<string, unknown>,
  token?: string,
): Promise<any> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify({ query, variables }),
  });
  return response.json();
}

/** Registers a new account on the server at `url` and returns its session token. */
export async function registerOn(url: string): Promise<string> {
  const email = `child-${randomBytes(4).toString('hex')}@test.example`;
  const answer = await post(url, `mutation ($input: RegisterInput!) { register(input: $input) { token } }`, {
    input: { email, password: 'child-server-password', name: 'Child' },
  });
  if (!answer.data?.register) throw new Error(`register failed: ${JSON.stringify(answer.errors)}`);
  return answer.data.register.token;
}
