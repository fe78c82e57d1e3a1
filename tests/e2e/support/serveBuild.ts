/**
 * Vitest global setup for browser tests: serves the built `dist/` on a free
 * localhost port and hands the URL to the tests. The build itself is the test
 * command's first step (see scripts/test.mjs).
 */
import { existsSync } from 'node:fs';
import type { TestProject } from 'vitest/node';
import { startPreview } from './preview';

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

export default async function setup(project: TestProject): Promise<() => void> {
  if (!existsSync('dist/index.html')) {
    throw new Error(
      'dist/index.html is missing: run `npm run build` first (npm test does this for you).',
    );
  }
  const preview = await startPreview('dist');
  project.provide('baseUrl', preview.url);
  return () => preview.stop();
}
