import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import { median } from './stats.ts';

const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/**
 * Runs in the page before the app: records when the first status response
 * ends (Resource Timing) and when the name of the set's last pod first
 * enters the DOM (MutationObserver), both on the performance.now() clock.
 */
function recordCardTiming(lastPodName: string) {
  const timing: { responseEnd?: number; rendered?: number } = {};
  (window as any).__cardTiming = timing;

  new PerformanceObserver(list => {
    for (const entry of list.getEntries() as PerformanceResourceTiming[]) {
      if (
        timing.responseEnd === undefined &&
        entry.name.includes('/api/statefulset/status')
      ) {
        timing.responseEnd = entry.responseEnd;
      }
    }
  }).observe({ type: 'resource', buffered: true });

  const observer = new MutationObserver(records => {
    for (const record of records) {
      for (const node of Array.from(record.addedNodes)) {
        if (node.textContent?.includes(lastPodName)) {
          timing.rendered = performance.now();
          observer.disconnect();
          return;
        }
      }
    }
  });
  document.addEventListener('DOMContentLoaded', () =>
    observer.observe(document.body, { childList: true, subtree: true }),
  );
}

/** Render times of the card for a set, from status response to last pod row. */
export interface CardFigures {
  medianRenderMs: number;
  maxRenderMs: number;
  loads: number;
}

/**
 * Opens the entity page of `entityName` in headless Debian chromium `loads`
 * times, each with a fresh profile, and measures the card's render time.
 */
export async function measureCardRender(
  portalUrl: string,
  entityName: string,
  lastPodName: string,
  diagnosticsScreenshot: string,
  loads = 3,
): Promise<CardFigures> {
  const renderTimes: number[] = [];

  for (let load = 0; load < loads; load++) {
    const profile = mkdtempSync(join(tmpdir(), 'statefulset-bench-chromium-'));
    const context = await chromium.launchPersistentContext(profile, {
      executablePath: CHROMIUM_PATH,
      headless: true,
      viewport: { width: 1440, height: 1000 },
      args: [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    try {
      const page = await context.newPage();
      await page.addInitScript(recordCardTiming, lastPodName);
      await page.goto(`${portalUrl}/catalog/default/component/${entityName}`);

      // The app shows its guest sign-in page first in a fresh profile.
      const enter = page.getByRole('button', { name: 'Enter' });
      const cardTitle = page.getByText('StatefulSet', { exact: true });
      await enter.or(cardTitle).first().waitFor({ timeout: 120_000 });
      if (await enter.isVisible()) {
        await enter.click();
      }

      await page.waitForFunction(
        () => {
          const timing = (window as any).__cardTiming;
          return (
            timing.rendered !== undefined && timing.responseEnd !== undefined
          );
        },
        undefined,
        { timeout: 120_000 },
      );
      const timing = await page.evaluate(() => (window as any).__cardTiming);
      renderTimes.push(timing.rendered - timing.responseEnd);
    } catch (error) {
      const page = context.pages()[0];
      await page?.screenshot({ path: diagnosticsScreenshot });
      throw new Error(
        `${
          (error as Error).message
        }\nscreenshot of the page: ${diagnosticsScreenshot}`,
      );
    } finally {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    }
  }

  return {
    medianRenderMs: median(renderTimes),
    maxRenderMs: Math.max(...renderTimes),
    loads,
  };
}
