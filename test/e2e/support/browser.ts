import { mkdir, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import puppeteer, { type Browser, type Page } from 'puppeteer-core';
import { CHROMIUM_ARGS } from '../../../services/reporting/src/pdf/renderer.js';
import { eventually } from '../../support/eventually.js';

const root = fileURLToPath(new URL('../../..', import.meta.url));
export const SCREENSHOT_DIR = join(root, 'test-output', 'e2e-screenshots');

/** Headless system Chromium with the flags reporting renders PDFs with (BUILD-NOTES). */
export function openBrowser(): Promise<Browser> {
  return puppeteer.launch({
    executablePath: process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium',
    headless: true,
    args: [...CHROMIUM_ARGS],
  });
}

export interface PageOptions {
  width: number;
  height?: number;
  /** Accept-Language and navigator.language(s), e.g. 'id' or 'en'; the browser's default when unset. */
  language?: string;
}

/** Where each page's downloads land (a folder of its own, removed with the page). */
const downloadDirs = new WeakMap<Page, string>();

/**
 * A tab in a browser context of its own: each person of the journey has their own storage, as on
 * their own phone. Files it downloads are caught for `download()`. Closing the page closes its context.
 */
export async function newPage(browser: Browser, options: PageOptions): Promise<Page> {
  const downloadPath = await mkdtemp(join(tmpdir(), 'evkin-e2e-downloads-'));
  const context = await browser.createBrowserContext({ downloadBehavior: { policy: 'allow', downloadPath } });
  const page = await context.newPage();
  // A page in a new context starts in the background, where Chromium throttles it: about one run
  // in two lost a click there. People look at the tab they are using.
  await page.bringToFront();
  downloadDirs.set(page, downloadPath);
  page.once('close', () => {
    void context.close().catch(() => undefined);
    void rm(downloadPath, { recursive: true, force: true });
  });
  const mobile = options.width < 600;
  await page.setViewport({
    width: options.width,
    height: options.height ?? (mobile ? 740 : 900),
    isMobile: mobile,
    hasTouch: mobile,
    deviceScaleFactor: 1,
  });
  if (options.language) {
    const language = options.language;
    await page.setExtraHTTPHeaders({ 'accept-language': language });
    await page.evaluateOnNewDocument((tag: string) => {
      Object.defineProperty(navigator, 'language', { get: () => tag });
      Object.defineProperty(navigator, 'languages', { get: () => [tag] });
    }, language);
  }
  return page;
}

let axeSource: Promise<string> | undefined;
function loadAxe(): Promise<string> {
  axeSource ??= readFile(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
  return axeSource;
}

interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  nodes: { target: string[]; failureSummary: string }[];
}

/**
 * Waits until no finite CSS animation or transition runs (a fading-in error message has, for a
 * moment, too little contrast; a screenshot would catch a half-drawn radio button). Endless ones,
 * such as a spinner, are not waited for.
 */
export async function animationsSettled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getTiming().iterations === Infinity),
  );
}

/**
 * axe-core on the page once its animations have settled (WCAG 2.0–2.2 A/AA and best practices); fails with every
 * serious or critical violation, each with the elements it found.
 */
export async function expectAccessible(page: Page, screenName: string): Promise<void> {
  await animationsSettled(page);
  // Evaluated over the DevTools protocol, not as a <script>: the portal's Content-Security-Policy
  // (rightly) refuses inline scripts.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(await loadAxe());
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe;
    const result = (await axe.run(document, {
      runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] },
      resultTypes: ['violations'],
    })) as { violations: AxeViolation[] };
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      nodes: v.nodes.map((n) => ({ target: n.target, failureSummary: n.failureSummary })),
    }));
  });
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  if (serious.length > 0) {
    const report = serious
      .map(
        (v) =>
          `- ${v.id} (${v.impact}): ${v.help}\n` +
          v.nodes.map((n) => `    ${n.target.join(' ')}: ${n.failureSummary.replace(/\n/g, ' ')}`).join('\n'),
      )
      .join('\n');
    throw new Error(`accessibility violations on "${screenName}":\n${report}`);
  }
}

/** Nothing on the page is wider than the viewport (WCAG 1.4.10 reflow; a phone never scrolls sideways). */
export async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth, widest } = await page.evaluate(() => {
    const viewport = window.innerWidth;
    const wide = [...document.querySelectorAll<HTMLElement>('body *')]
      .filter((element) => element.getBoundingClientRect().right > viewport + 1)
      .slice(0, 5)
      .map((element) => `${element.tagName.toLowerCase()}.${[...element.classList].join('.')}`);
    return {
      scrollWidth: document.scrollingElement?.scrollWidth ?? 0,
      innerWidth: viewport,
      widest: wide,
    };
  });
  if (scrollWidth > innerWidth) {
    throw new Error(`the page scrolls sideways: ${scrollWidth} px wide in ${innerWidth} px (${widest.join(', ')})`);
  }
}

/**
 * Runs `trigger` (e.g. a click on a download button) and returns the file the page saved because of
 * it, once Chromium finished writing it.
 */
export async function download(
  page: Page,
  trigger: () => Promise<void>,
  timeoutMs = 60_000,
): Promise<{ name: string; bytes: Buffer }> {
  const dir = downloadDirs.get(page);
  if (!dir) throw new Error('download(): the page was not opened with newPage()');
  const before = new Set(await readdir(dir));
  await trigger();
  return eventually(
    async () => {
      // Chromium writes to <name>.crdownload and renames the file when it is complete.
      const name = (await readdir(dir)).find((file) => !before.has(file) && !file.endsWith('.crdownload'));
      if (!name) throw new Error(`nothing was downloaded within ${timeoutMs / 1000} s`);
      return { name, bytes: await readFile(join(dir, name)) };
    },
    timeoutMs,
    100,
  );
}

/** A full-page PNG in test-output/e2e-screenshots/<name>.png (git-ignored). */
export async function screenshot(page: Page, name: string): Promise<string> {
  await mkdir(SCREENSHOT_DIR, { recursive: true });
  await animationsSettled(page);
  const path = join(SCREENSHOT_DIR, `${name.replace(/[^\w.-]+/g, '-')}.png`) as `${string}.png`;
  await page.screenshot({ path, fullPage: true });
  return path;
}
