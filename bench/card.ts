import { openBrowser } from '../e2e/browser.ts';
import { median } from './stats.ts';

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

/** Render times of the card for a set. */
export interface CardFigures {
  /** From the end of the first status response to the last row of the first page. */
  medianRenderMs: number;
  maxRenderMs: number;
  /** From a click on the pager's next page button to the last row of page two. */
  medianNextPageMs: number;
  maxNextPageMs: number;
  loads: number;
}

/**
 * Runs in the page: clicks the ordinal table's next page button and
 * resolves with the milliseconds until `podName` enters the DOM.
 */
function timeNextPage(podName: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const button = document.querySelector<HTMLButtonElement>(
      'button[aria-label="Next page"]',
    );
    if (!button) {
      reject(
        new Error(
          'Next page button not found: the ordinal table shows no pager',
        ),
      );
      return;
    }
    const observer = new MutationObserver(records => {
      for (const record of records) {
        for (const node of Array.from(record.addedNodes)) {
          if (node.textContent?.includes(podName)) {
            observer.disconnect();
            resolve(performance.now() - start);
            return;
          }
        }
      }
    });
    observer.observe(document.body, { childList: true, subtree: true });
    const start = performance.now();
    button.click();
  });
}

/**
 * Opens the entity page of `entityName` in headless Debian chromium `loads`
 * times, each with a fresh profile, and measures the card's render time
 * until `lastPodName` (the last row of the ordinal table's first page)
 * shows, then the time to page two until `nextPagePodName` shows.
 */
export async function measureCardRender(options: {
  portalUrl: string;
  entityName: string;
  lastPodName: string;
  nextPagePodName: string;
  diagnosticsScreenshot: string;
  loads?: number;
}): Promise<CardFigures> {
  const {
    portalUrl,
    entityName,
    lastPodName,
    nextPagePodName,
    diagnosticsScreenshot,
    loads = 3,
  } = options;
  const renderTimes: number[] = [];
  const nextPageTimes: number[] = [];

  for (let load = 0; load < loads; load++) {
    const { context, close } = await openBrowser();
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

      nextPageTimes.push(await page.evaluate(timeNextPage, nextPagePodName));
    } catch (error) {
      const page = context.pages()[0];
      await page?.screenshot({ path: diagnosticsScreenshot });
      throw new Error(
        `${
          (error as Error).message
        }\nscreenshot of the page: ${diagnosticsScreenshot}`,
      );
    } finally {
      await close();
    }
  }

  return {
    medianRenderMs: median(renderTimes),
    maxRenderMs: Math.max(...renderTimes),
    medianNextPageMs: median(nextPageTimes),
    maxNextPageMs: Math.max(...nextPageTimes),
    loads,
  };
}
