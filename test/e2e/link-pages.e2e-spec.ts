import type { Browser } from 'puppeteer-core';
import { expectAccessible, expectNoSidewaysScroll, newPage, openBrowser, screenshot } from './support/browser.js';
import { e2eStack, type E2EStack } from './support/stack.js';

describe('links that cannot be used', () => {
  let stack: E2EStack;
  let browser: Browser;

  beforeAll(async () => {
    stack = await e2eStack('links');
    browser = await openBrowser();
  }, 180_000);

  afterAll(async () => {
    await browser?.close();
    await stack?.stop();
  });

  it('an unknown evaluation link says so, in Indonesian, on a phone', async () => {
    const page = await newPage(browser, { width: 360 });
    await page.goto(`${stack.baseUrl}/e#${'A'.repeat(43)}`);
    const heading = await page.locator('h1#screen-heading').waitHandle();
    expect(await heading.evaluate((h: Element) => h.textContent?.trim())).toBe('Tautan tidak dikenal');
    await expectAccessible(page, 'unknown link');
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'link-unknown-360');
    await page.close();
  });
});
