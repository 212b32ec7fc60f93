/** A document that cannot be printed as given (a caller's bug, not a rendering failure). */
export class PdfDocumentError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfDocumentError';
  }
}

/** Rendering failed: the browser could not start, crashed twice, or Chromium reported an error. */
export class PdfRenderError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'PdfRenderError';
  }
}

/** One render took longer than its timeout; its page was discarded. */
export class PdfRenderTimeoutError extends PdfRenderError {
  constructor(readonly timeoutMs: number) {
    super(`PDF rendering did not finish within ${timeoutMs} ms`);
    this.name = 'PdfRenderTimeoutError';
  }
}

/** Every page of the pool stayed busy for longer than the queue timeout. */
export class PdfQueueTimeoutError extends PdfRenderError {
  constructor(readonly timeoutMs: number) {
    super(`No PDF page became free within ${timeoutMs} ms`);
    this.name = 'PdfQueueTimeoutError';
  }
}

/** The renderer was closed (service shutting down). */
export class PdfRendererClosedError extends PdfRenderError {
  constructor() {
    super('The PDF renderer is closed');
    this.name = 'PdfRendererClosedError';
  }
}
