/**
 * Launches Debian's Chromium through playwright-core with a fresh profile,
 * and records every page error and console error so a test can fail on them.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { type BrowserContext, chromium, type Page } from 'playwright-core';
import { afterEach, beforeEach } from 'vitest';

export const chromiumPath = '/usr/bin/chromium';
export const artifactsDir = 'tests/artifacts';

const chromiumFlags = [
  '--headless',
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];

export interface GamePage {
  page: Page;
  context: BrowserContext;
  /** Page errors and console errors seen so far, in order. */
  errors: string[];
  close(): Promise<void>;
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  extraFlags?: string[];
}

export async function openBrowser(options: OpenOptions = {}): Promise<GamePage> {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `Browser tests need Debian's Chromium at ${chromiumPath}. Install it with: sudo apt-get install -y chromium`,
    );
  }
  const profile = mkdtempSync(join(tmpdir(), 'coach-or-rescue-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: chromiumPath,
    headless: true,
    args: [...chromiumFlags, ...(options.extraFlags ?? [])],
    viewport: options.viewport ?? { width: 1280, height: 720 },
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(`page error: ${error.message}`));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(`console error: ${message.text()}`);
  });
  return {
    page,
    context,
    errors,
    async close() {
      try {
        await context.close();
      } finally {
        rmSync(profile, { recursive: true, force: true });
      }
    },
  };
}

/** Saves a screenshot for people to review (the folder is gitignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  mkdirSync(artifactsDir, { recursive: true });
  const path = join(artifactsDir, `${name}.png`);
  await page.screenshot({ path });
  return path;
}

/** A fresh browser for each test in the file, closed after it; call the returned function inside a test. */
export function useFreshBrowser(options: OpenOptions = {}): () => GamePage {
  let current: GamePage | undefined;
  beforeEach(async () => {
    current = await openBrowser(options);
  });
  afterEach(async () => {
    await current?.close();
    current = undefined;
  });
  return () => {
    if (!current) throw new Error('the browser opens in beforeEach: use it inside a test');
    return current;
  };
}
