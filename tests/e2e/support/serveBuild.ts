/**
 * Vitest global setup for browser tests: serves the built `dist/` with
 * `vite preview` on a free localhost port and hands the URL to the tests.
 * The build itself is the test command's first step (see scripts/test.mjs).
 */
import { type ChildProcess, spawn } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import type { TestProject } from 'vitest/node';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

async function waitForServer(url: string, server: ChildProcess): Promise<void> {
  const deadline = Date.now() + 20_000;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`vite preview exited with code ${server.exitCode}`);
    try {
      const response = await fetch(url);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  throw new Error(`vite preview did not answer at ${url} within 20 s`);
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` first (npm test does this for you).',
    );
  }
  const port = await freePort();
  const server = spawn(
    process.execPath,
    [
      'node_modules/vite/bin/vite.js',
      'preview',
      '--port',
      String(port),
      '--strictPort',
      '--host',
      '127.0.0.1',
    ],
    { stdio: ['ignore', 'pipe', 'pipe'] },
  );
  const baseUrl = `http://127.0.0.1:${port}/`;
  await waitForServer(baseUrl, server);
  project.provide('baseUrl', baseUrl);
  return () => {
    server.kill('SIGTERM');
  };
}
