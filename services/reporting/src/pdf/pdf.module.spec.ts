import { loadEnv } from '@evkin/platform';
import { reportingEnv } from '../config.js';
import { pdfOptionsFromEnv } from './pdf.module.js';
import { defaultPoolSize, PdfRenderer } from './renderer.js';

describe('PDF settings from the environment', () => {
  it('defaults to the system Chromium, one page per core, recycling after 200 renders, 30 s per render', () => {
    const env = loadEnv('reporting', reportingEnv, {});
    expect(pdfOptionsFromEnv(env)).toEqual({
      executablePath: '/usr/bin/chromium',
      poolSize: defaultPoolSize(),
      recycleAfter: 200,
      renderTimeoutMs: 30_000,
    });
  });

  it('takes each setting from its variable', () => {
    const env = loadEnv('reporting', reportingEnv, {
      CHROMIUM_PATH: '/opt/chromium/chrome',
      PDF_POOL_SIZE: '3',
      PDF_RECYCLE_AFTER: '0',
      PDF_RENDER_TIMEOUT_MS: '5000',
    });
    expect(pdfOptionsFromEnv(env)).toEqual({
      executablePath: '/opt/chromium/chrome',
      poolSize: 3,
      recycleAfter: 0,
      renderTimeoutMs: 5000,
    });
  });

  it('rejects settings the pool cannot use', () => {
    expect(() => loadEnv('reporting', reportingEnv, { PDF_POOL_SIZE: '-1' })).toThrow(/PDF_POOL_SIZE/);
    expect(() => loadEnv('reporting', reportingEnv, { PDF_RENDER_TIMEOUT_MS: 'soon' })).toThrow(
      /PDF_RENDER_TIMEOUT_MS/,
    );
    expect(() => new PdfRenderer({ executablePath: 'x', poolSize: 0 })).toThrow(RangeError);
  });

  it('uses one page per core, at least 1 and at most 4', () => {
    expect([1, 2, 3, 8].map((cores) => defaultPoolSize(cores))).toEqual([1, 2, 3, 4]);
  });
});
