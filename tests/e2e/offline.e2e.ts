/**
 * Offline and locked down: the built page carries a Content-Security-Policy
 * with no inline scripts and no eval, nothing on the way breaks it, and after
 * the first load the service worker starts and plays the game, with its
 * sounds, when the network is gone.
 */
import type { Response } from 'playwright-core';
import { expect, inject, test } from 'vitest';
import { useFreshBrowser } from './support/browser';
import { gameUrl, screenOf, startNewGame, waitForScreen } from './support/game';

const browser = useFreshBrowser({ extraFlags: ['--autoplay-policy=no-user-gesture-required'] });

test('the page’s policy allows no inline script and no eval, and the game plays under it', async () => {
  const { page, errors } = browser();
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { violations: string[] }).violations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(
        `${event.violatedDirective} ${event.blockedURI} ${event.sourceFile}:${event.lineNumber}:${event.columnNumber} ${event.sample}`,
      ),
    );
  });
  await startNewGame(page, inject('baseUrl'), 'tutorial');
  const policy = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content');
  expect(policy).not.toBeNull();
  const directives = new Map(
    policy!.split(';').map((part) => {
      const [name, ...sources] = part.trim().split(/\s+/);
      return [name!, sources] as const;
    }),
  );
  expect(directives.get('script-src')).toEqual(["'self'"]);
  expect(directives.get('img-src')).toEqual(["'self'", 'data:', 'blob:']);
  expect(directives.get('worker-src')).toContain("'self'");
  expect(policy).not.toContain('unsafe-inline');
  expect(policy).not.toContain('unsafe-eval');
  // No script in the page is inline.
  expect(await page.$$eval('script:not([src])', (scripts) => scripts.length)).toBe(0);
  // The policy bites: an inline script and code from a string (run by the page itself, as
  // the test's own evaluation is exempt) are refused, and each is reported.
  await page.evaluate(() => {
    const script = document.createElement('script');
    script.textContent = 'window.ranInline = true;';
    document.head.append(script);
    // A timer given a string runs it as code: an eval the page makes.
    (setTimeout as (code: string, ms: number) => number)('window.ranFromString = true;', 0);
  });
  await page.waitForFunction(
    () => (window as unknown as { violations: string[] }).violations.length >= 2,
  );
  const refused = await page.evaluate(() => ({
    inline: 'ranInline' in window,
    fromString: 'ranFromString' in window,
    violations: (window as unknown as { violations: string[] }).violations.splice(0),
  }));
  expect(refused.inline).toBe(false);
  expect(refused.fromString).toBe(false);
  expect(refused.violations.map((v) => v.split(' ')[0])).toEqual(['script-src-elem', 'script-src']);
  errors.splice(0);

  // A week played under the policy: a decision, the results, the next board.
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', 1);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', 2);
  expect(
    await page.evaluate(() => (window as unknown as { violations: string[] }).violations),
  ).toEqual([]);
  expect(errors).toEqual([]);
});

test('after the first load the game starts and plays, with its sounds, with no network', async () => {
  const { page, context, errors } = browser();
  await page.goto(gameUrl(inject('baseUrl')));
  await waitForScreen(page, 'title');
  // The service worker takes the page over once it has precached the game.
  await page.waitForFunction(
    async () => {
      const registration = await navigator.serviceWorker.ready;
      return (
        registration.active?.state === 'activated' && navigator.serviceWorker.controller !== null
      );
    },
    undefined,
    { timeout: 30_000 },
  );

  await context.setOffline(true);
  const sounds: Response[] = [];
  page.on('response', (response) => {
    if (/\/sounds\/[a-z-]+\.wav$/.test(response.url())) sounds.push(response);
  });
  await page.reload();
  await waitForScreen(page, 'title');
  // Really offline: what the service worker does not hold is out of reach.
  expect(
    await page.evaluate(() =>
      fetch('./not-precached.txt').then(
        () => 'reached',
        () => 'unreachable',
      ),
    ),
  ).toBe('unreachable');
  // That probe is the one request that fails; the browser reports it, and nothing else.
  await expect.poll(() => errors.length).toBe(1);
  expect(errors.splice(0)).toEqual([
    'console error: Failed to load resource: net::ERR_INTERNET_DISCONNECTED',
  ]);
  await page.click('[data-action="new-game"][data-scenario="tutorial"]');
  await waitForScreen(page, 'week', 1);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'results', 1);
  await page.click('.ui-screen button[data-action="advance"]');
  await waitForScreen(page, 'week', 2);
  expect(await screenOf(page)).toEqual({ screen: 'week', week: 2 });
  // The first press unlocked the sound: its files came from the service worker's cache.
  await expect.poll(() => sounds.length, { timeout: 10_000 }).toBeGreaterThan(0);
  for (const response of sounds) {
    expect(response.ok(), response.url()).toBe(true);
    expect(response.fromServiceWorker(), response.url()).toBe(true);
  }
  expect(errors).toEqual([]);
});
