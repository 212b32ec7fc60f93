/**
 * HTML → PDF with the system Chromium (puppeteer-core), framework-free so benchmarks and scripts
 * can use it without Nest.
 *
 * - One browser at a time, with a pool of `poolSize` pages rendering in parallel; further renders
 *   wait in a FIFO queue (at most `queueTimeoutMs`).
 * - The browser is recycled after `recycleAfter` renders (memory held by a long-lived Chromium):
 *   new renders go to a fresh browser, launched right away, and the old one closes once its
 *   renders have finished. `warmUp()` starts the first browser before any render asks for it.
 * - A browser that crashes or disconnects is replaced on the next render; a render that failed
 *   because of it is retried once on a fresh browser.
 * - Each render has a timeout. A render that times out is abandoned, and its browser retired
 *   (a hung renderer may hang more), so the next render gets a healthy one.
 * - Closing a browser waits `closeTimeoutMs` for a clean exit, then SIGKILLs its process group
 *   (Chromium's zygote and renderers included): no orphan processes after failures or shutdown.
 * - Pages have JavaScript disabled and every network request is aborted: a document can only use
 *   what is inline in its HTML.
 */
import { availableParallelism } from 'node:os';
import puppeteer, { type Browser, type HTTPRequest, type Page } from 'puppeteer-core';
import { PdfQueueTimeoutError, PdfRenderError, PdfRendererClosedError, PdfRenderTimeoutError } from './errors.js';
import { PAGE_MARGINS, type PrintableDocument } from './templates/layout.js';

/**
 * Chromium flags from BUILD-NOTES (`--headless` comes from `headless: true`): no sandbox (containers
 * run it unprivileged without user namespaces), no GPU, no /dev/shm (small in containers), and no
 * background traffic (updates, sync, first-run). The end-to-end tests browse with these too.
 *
 * Tried and left out: a dead `--proxy-server` (so that not even a connection could be opened) made
 * rendering 15–30% slower; `--disable-crashpad-for-testing` (Chromium's crash handler runs outside
 * the browser's process group; it exits by itself when its browser goes) stopped request
 * interception from seeing requests.
 */
export const CHROMIUM_ARGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-dev-shm-usage',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
];

/**
 * The PDF renderer runs Chromium as one process (renderers as threads of the browser process).
 * Measured on the 2-core machine with Chromium 156 (the sample report, 2 pages rendering): 7.7
 * reports/s with a process per renderer, 17–17.5/s in one process — printing a page hands the
 * whole paint record and the PDF across processes, and that, not layout, was most of the time.
 * Upstream calls the mode unsupported for browsing; here it only ever loads our own HTML with
 * JavaScript off and every request aborted, and a crash (which now takes every page with it) is
 * what the pool already recovers from: a fresh browser and one retry per render.
 */
export const PDF_CHROMIUM_ARGS: readonly string[] = [...CHROMIUM_ARGS, '--single-process', '--no-zygote'];

export interface PdfLogger {
  info(message: string, context?: Record<string, unknown>): void;
  warn(message: string, context?: Record<string, unknown>): void;
  error(message: string, context?: Record<string, unknown>): void;
}

const SILENT: PdfLogger = { info: () => {}, warn: () => {}, error: () => {} };

export interface PdfRendererOptions {
  /** The Chromium executable, e.g. /usr/bin/chromium. */
  readonly executablePath: string;
  /** Pages rendering at the same time (default 2: one per core on the 2-core reference machine). */
  readonly poolSize?: number;
  /** Renders per browser before it is replaced by a fresh one; 0 never recycles (default 200). */
  readonly recycleAfter?: number;
  /** Longest one render may take, page setup included (default 30 s). */
  readonly renderTimeoutMs?: number;
  /** Longest a render waits for a free page (default 60 s). */
  readonly queueTimeoutMs?: number;
  /** Longest Chromium may take to start (default 30 s). */
  readonly launchTimeoutMs?: number;
  /** Longest a browser may take to close before it is killed; also the drain time on close() (default 5 s). */
  readonly closeTimeoutMs?: number;
  /** Flags added to PDF_CHROMIUM_ARGS. */
  readonly extraArgs?: readonly string[];
  readonly logger?: PdfLogger;
}

/** One page per CPU core (2 on the 2-core reference machine), at most 4. */
export function defaultPoolSize(cores: number = availableParallelism()): number {
  return Math.max(1, Math.min(4, cores));
}

export const PDF_RENDERER_DEFAULTS = {
  poolSize: 2,
  recycleAfter: 200,
  renderTimeoutMs: 30_000,
  queueTimeoutMs: 60_000,
  launchTimeoutMs: 30_000,
  closeTimeoutMs: 5_000,
} as const;

export interface RenderOptions {
  /** Overrides the renderer's render timeout for this render. */
  readonly timeoutMs?: number;
}

export interface PdfRendererStats {
  /** PDFs produced. */
  readonly renders: number;
  /** Renders that failed (timeouts included). */
  readonly failures: number;
  readonly timeouts: number;
  /** Browsers started (the first one, recycled ones and replacements after a crash). */
  readonly launches: number;
  /** Requests a document tried to make, all aborted. */
  readonly blockedRequests: number;
  /** Pid of the browser new renders go to; null before the first render or after a crash. */
  readonly browserPid: number | null;
  /** Pids of every browser still running (a retiring one finishing its renders included). */
  readonly browserPids: readonly number[];
  readonly busyPages: number;
  readonly queued: number;
}

interface Generation {
  readonly id: number;
  readonly browser: Browser;
  readonly pid: number | undefined;
  /** Resolves when the browser's main process has exited. */
  readonly exited: Promise<void>;
  renders: number;
  inFlight: number;
  readonly idle: Page[];
  retiring: boolean;
  dead: boolean;
  closing: Promise<void> | null;
}

interface Waiter {
  readonly resolve: () => void;
  readonly reject: (error: Error) => void;
  readonly timer: NodeJS.Timeout;
}

const TIMED_OUT = Symbol('timed out');

/** Resolves (or rejects) as the promise does, or resolves TIMED_OUT after `ms`. */
function within<T>(promise: Promise<T>, ms: number): Promise<T | typeof TIMED_OUT> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<typeof TIMED_OUT>((resolve) => {
    timer = setTimeout(() => resolve(TIMED_OUT), ms);
    timer.unref();
  });
  return Promise.race([promise, timeout]).finally(() => clearTimeout(timer));
}

/** True when the promise settled (either way) within `ms`. */
async function settledWithin(promise: Promise<unknown>, ms: number): Promise<boolean> {
  const settled = promise.then(
    () => true,
    () => true,
  );
  return (await within(settled, ms)) !== TIMED_OUT;
}

function positiveInt(name: string, value: number, min: number): number {
  if (!Number.isInteger(value) || value < min) throw new RangeError(`PdfRenderer: ${name} must be an integer ≥ ${min}`);
  return value;
}

function errorText(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

export class PdfRenderer {
  private readonly executablePath: string;
  private readonly poolSize: number;
  private readonly recycleAfter: number;
  private readonly renderTimeoutMs: number;
  private readonly queueTimeoutMs: number;
  private readonly launchTimeoutMs: number;
  private readonly closeTimeoutMs: number;
  private readonly args: readonly string[];
  private readonly logger: PdfLogger;

  private current: Generation | null = null;
  private launching: Promise<Generation> | null = null;
  private readonly generations = new Set<Generation>();
  private nextGenerationId = 1;
  private readonly brokenPages = new WeakSet<Page>();

  private active = 0;
  private readonly waiters: Waiter[] = [];
  private drained: (() => void)[] = [];
  private closed = false;
  private closing: Promise<void> | null = null;

  private counters = { renders: 0, failures: 0, timeouts: 0, launches: 0, blockedRequests: 0 };

  constructor(options: PdfRendererOptions) {
    const o = { ...PDF_RENDERER_DEFAULTS, ...options };
    this.executablePath = o.executablePath;
    this.poolSize = positiveInt('poolSize', o.poolSize, 1);
    this.recycleAfter = positiveInt('recycleAfter', o.recycleAfter, 0);
    this.renderTimeoutMs = positiveInt('renderTimeoutMs', o.renderTimeoutMs, 1);
    this.queueTimeoutMs = positiveInt('queueTimeoutMs', o.queueTimeoutMs, 1);
    this.launchTimeoutMs = positiveInt('launchTimeoutMs', o.launchTimeoutMs, 1);
    this.closeTimeoutMs = positiveInt('closeTimeoutMs', o.closeTimeoutMs, 1);
    this.args = [...PDF_CHROMIUM_ARGS, ...(o.extraArgs ?? [])];
    this.logger = o.logger ?? SILENT;
  }

  /** Renders one document to an A4 PDF. Rejects with a PdfRenderError (or a subclass) on failure. */
  async render(document: PrintableDocument, options: RenderOptions = {}): Promise<Buffer> {
    if (this.closed) throw new PdfRendererClosedError();
    const timeoutMs = positiveInt('timeoutMs', options.timeoutMs ?? this.renderTimeoutMs, 1);
    await this.acquirePermit();
    try {
      const deadline = Date.now() + timeoutMs;
      for (let attempt = 1; ; attempt++) {
        try {
          const pdf = await this.renderOnce(document, deadline, timeoutMs);
          this.counters.renders++;
          return pdf;
        } catch (error) {
          // A timeout is not retried (the time is up); a closed renderer neither. Anything else
          // (the browser crashed, the page crashed, a protocol error) gets one more try on a
          // fresh page, in a fresh browser when the old one is gone.
          const retry =
            attempt === 1 &&
            !(error instanceof PdfRenderTimeoutError) &&
            !(error instanceof PdfRendererClosedError) &&
            !this.closed &&
            deadline - Date.now() > 0;
          if (retry) {
            this.logger.warn('PDF render failed; retrying once', { error: errorText(error) });
            continue;
          }
          this.counters.failures++;
          if (error instanceof PdfRenderTimeoutError) this.counters.timeouts++;
          if (error instanceof PdfRenderError) throw error;
          throw new PdfRenderError(`PDF rendering failed: ${errorText(error)}`, { cause: error });
        }
      }
    } finally {
      this.releasePermit();
    }
  }

  /**
   * Starts Chromium now instead of on the next render, which would otherwise wait for the launch
   * (seconds on a busy machine): at service start, and when a browser is recycled. A failure is
   * only logged; the next render tries again.
   */
  async warmUp(): Promise<void> {
    if (this.closed) return;
    try {
      await this.generation(this.launchTimeoutMs);
    } catch (error) {
      if (!this.closed)
        this.logger.warn('Chromium warm-up failed; the next render starts it', { error: errorText(error) });
    }
  }

  stats(): PdfRendererStats {
    const live = [...this.generations].filter((g) => g.pid !== undefined && !g.closing);
    return {
      ...this.counters,
      browserPid: this.current?.pid ?? null,
      browserPids: live.map((g) => g.pid as number),
      busyPages: this.active,
      queued: this.waiters.length,
    };
  }

  /**
   * Stops accepting renders, lets the renders in progress finish (up to closeTimeoutMs), then
   * closes every browser, killing any that does not exit in time. Safe to call more than once.
   */
  close(): Promise<void> {
    this.closing ??= this.shutdown();
    return this.closing;
  }

  // ---- one render ----

  private async renderOnce(document: PrintableDocument, deadline: number, timeoutMs: number): Promise<Buffer> {
    const remaining = Math.max(1, deadline - Date.now());
    const generation = await this.generation(remaining);
    generation.inFlight++;
    let page: Page | null = null;
    let abandoned = false;
    const work = (async () => {
      page = await this.takePage(generation);
      if (abandoned) return null;
      const left = Math.max(1, deadline - Date.now());
      await page.setContent(document.html, { waitUntil: 'load', timeout: left });
      if (abandoned) return null;
      return await page.pdf({
        format: 'A4',
        printBackground: true,
        displayHeaderFooter: true,
        headerTemplate: document.headerTemplate,
        footerTemplate: document.footerTemplate,
        margin: PAGE_MARGINS,
        tagged: true,
        timeout: Math.max(1, deadline - Date.now()),
      });
    })();
    try {
      const result = await within(work, Math.max(1, deadline - Date.now()));
      if (result === TIMED_OUT) {
        abandoned = true;
        throw new PdfRenderTimeoutError(timeoutMs);
      }
      if (result === null) throw new PdfRenderError('PDF render abandoned');
      this.returnPage(generation, page);
      return Buffer.from(result);
    } catch (error) {
      if (abandoned) {
        // The page may be stuck: drop it when the work settles, and send new renders to a fresh browser.
        this.logger.warn('PDF render timed out; retiring its browser', { timeoutMs, pid: generation.pid });
        const drop = () => this.discardPage(page);
        work.then(drop, drop);
        this.retire(generation);
      } else {
        this.discardPage(page);
        // The connection closes before puppeteer rejects the calls in flight: a crashed browser
        // is recognised here even when its 'disconnected' event has not been delivered yet.
        if (!generation.browser.connected) this.onDisconnected(generation);
      }
      throw error;
    } finally {
      generation.inFlight--;
      generation.renders++;
      if (this.recycleAfter > 0 && generation.renders >= this.recycleAfter && !generation.retiring) {
        this.retire(generation);
        void this.warmUp();
      }
      if (generation.retiring && generation.inFlight === 0) void this.closeGeneration(generation);
    }
  }

  private async takePage(generation: Generation): Promise<Page> {
    while (generation.idle.length > 0) {
      const page = generation.idle.pop() as Page;
      if (!page.isClosed() && !this.brokenPages.has(page)) return page;
    }
    if (generation.dead) throw new PdfRenderError('Chromium is gone');
    const page = await generation.browser.newPage();
    page.on('error', () => this.brokenPages.add(page)); // the page's renderer crashed
    await page.setJavaScriptEnabled(false);
    await page.setRequestInterception(true);
    page.on('request', (request: HTTPRequest) => {
      this.counters.blockedRequests++;
      request.abort('blockedbyclient').catch(() => {});
    });
    return page;
  }

  private returnPage(generation: Generation, page: Page | null): void {
    if (page === null) return;
    if (generation.dead || generation.retiring || page.isClosed() || this.brokenPages.has(page)) return;
    generation.idle.push(page);
  }

  private discardPage(page: Page | null): void {
    if (page === null || page.isClosed()) return;
    this.brokenPages.add(page);
    void within(page.close(), this.closeTimeoutMs).catch(() => {});
  }

  // ---- browsers ----

  private async generation(timeoutMs: number): Promise<Generation> {
    const current = this.current;
    if (current && !current.dead && !current.retiring) return current;
    this.launching ??= this.launch().finally(() => {
      this.launching = null;
    });
    const launched = await within(this.launching, timeoutMs);
    if (launched === TIMED_OUT) throw new PdfRenderTimeoutError(timeoutMs);
    return launched;
  }

  private async launch(): Promise<Generation> {
    const started = Date.now();
    let browser: Browser;
    try {
      browser = await puppeteer.launch({
        executablePath: this.executablePath,
        headless: true,
        pipe: true, // no DevTools port on localhost
        args: [...this.args],
        timeout: this.launchTimeoutMs,
        // The service shuts down on its own terms (Nest shutdown hooks → close()).
        handleSIGINT: false,
        handleSIGTERM: false,
        handleSIGHUP: false,
      });
    } catch (error) {
      throw new PdfRenderError(`Could not start Chromium (${this.executablePath}): ${errorText(error)}`, {
        cause: error,
      });
    }
    const child = browser.process();
    const generation: Generation = {
      id: this.nextGenerationId++,
      browser,
      pid: child?.pid,
      exited: new Promise<void>((resolve) => {
        if (!child || child.exitCode !== null || child.signalCode !== null) resolve();
        else child.once('exit', () => resolve());
      }),
      renders: 0,
      inFlight: 0,
      idle: [],
      retiring: false,
      dead: false,
      closing: null,
    };
    this.generations.add(generation);
    this.counters.launches++;
    browser.on('disconnected', () => this.onDisconnected(generation));
    if (this.closed) {
      await this.closeGeneration(generation);
      throw new PdfRendererClosedError();
    }
    this.current = generation;
    this.logger.info('Chromium started', { pid: generation.pid, ms: Date.now() - started });
    return generation;
  }

  private onDisconnected(generation: Generation): void {
    if (generation.dead) return;
    generation.dead = true;
    generation.idle.length = 0;
    if (this.current === generation) this.current = null;
    if (generation.closing === null) {
      this.logger.warn('Chromium disconnected unexpectedly; the next render starts a new one', {
        pid: generation.pid,
      });
      void this.closeGeneration(generation);
    }
  }

  /** No new renders go to this browser; it closes once its renders in progress are done. */
  private retire(generation: Generation): void {
    generation.retiring = true;
    if (this.current === generation) this.current = null;
    if (generation.inFlight === 0) void this.closeGeneration(generation);
  }

  private closeGeneration(generation: Generation): Promise<void> {
    generation.closing ??= (async () => {
      generation.retiring = true;
      if (this.current === generation) this.current = null;
      if (!generation.dead) {
        const closed = await settledWithin(generation.browser.close(), this.closeTimeoutMs);
        if (!closed) this.logger.warn('Chromium did not close in time; killing it', { pid: generation.pid });
      }
      // Whatever is left of the browser's process group (renderers, zygote) goes too.
      this.killProcessGroup(generation.pid);
      if (!(await settledWithin(generation.exited, this.closeTimeoutMs))) {
        this.logger.error('Chromium process did not exit after SIGKILL', { pid: generation.pid });
      }
      this.generations.delete(generation);
    })();
    return generation.closing;
  }

  /** puppeteer starts Chromium detached, as the leader of its own process group. */
  private killProcessGroup(pid: number | undefined): void {
    if (pid === undefined) return;
    try {
      process.kill(-pid, 'SIGKILL');
    } catch {
      try {
        process.kill(pid, 'SIGKILL');
      } catch {
        // already gone
      }
    }
  }

  private async shutdown(): Promise<void> {
    this.closed = true;
    for (const waiter of this.waiters.splice(0)) {
      clearTimeout(waiter.timer);
      waiter.reject(new PdfRendererClosedError());
    }
    if (this.active > 0) {
      const drained = new Promise<void>((resolve) => this.drained.push(resolve));
      if (!(await settledWithin(drained, this.closeTimeoutMs))) {
        this.logger.warn('Closing Chromium with PDF renders still in progress', { busyPages: this.active });
      }
    }
    if (this.launching) await settledWithin(this.launching, this.launchTimeoutMs);
    await Promise.all([...this.generations].map((g) => this.closeGeneration(g)));
  }

  // ---- the pool: at most poolSize renders at once, the rest wait in order ----

  private acquirePermit(): Promise<void> {
    if (this.active < this.poolSize) {
      this.active++;
      return Promise.resolve();
    }
    return new Promise<void>((resolve, reject) => {
      const waiter: Waiter = {
        resolve,
        reject,
        timer: setTimeout(() => {
          const index = this.waiters.indexOf(waiter);
          if (index !== -1) this.waiters.splice(index, 1);
          reject(new PdfQueueTimeoutError(this.queueTimeoutMs));
        }, this.queueTimeoutMs),
      };
      waiter.timer.unref();
      this.waiters.push(waiter);
    });
  }

  private releasePermit(): void {
    const next = this.waiters.shift();
    if (next) {
      clearTimeout(next.timer);
      next.resolve(); // the permit passes to the next render
      return;
    }
    this.active--;
    if (this.active === 0) {
      for (const resolve of this.drained.splice(0)) resolve();
    }
  }
}
