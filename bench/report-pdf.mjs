// How fast does reporting turn individual reports into PDFs? Renders N reports (default 200; Pengantar
// Kerja and Petugas Antar Kerja, Indonesian and English, each with its own name) with the page pool
// of services/reporting/src/pdf on the system Chromium, keeping every page busy, and prints reports/s
// and the render time per report. Goal (issue 5): ≥ 10 reports/s on the 2-core development machine.
//   npx tsc -b services/reporting && node bench/report-pdf.mjs [count] [poolSize] [recycleAfter]
// CHROMIUM_PATH picks the browser (default /usr/bin/chromium). Prints numbers; asserts nothing.
import { availableParallelism } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './support.mjs';

const dist = join(root, 'services/reporting/dist/pdf');
const { PdfMaker, defaultPoolSize } = await import(pathToFileURL(join(dist, 'core.js')).href);
const { sampleReport } = await import(pathToFileURL(join(dist, 'samples.js')).href);

const count = Number(process.argv[2] ?? 200);
const poolSize = Number(process.argv[3] ?? defaultPoolSize());
const recycleAfter = Number(process.argv[4] ?? 200);
const executablePath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

const TARGETS = ['ahli_pertama', 'ahli_muda', 'petugas', 'ahli_madya'];
const jobs = Array.from({ length: count }, (_, i) => ({
  doc: sampleReport({ target: TARGETS[i % TARGETS.length], participant: { name: `Peserta Uji ${i + 1}` } }),
  language: i % 3 === 2 ? 'en' : 'id',
}));

const percentile = (sorted, p) => sorted[Math.min(sorted.length - 1, Math.ceil((p / 100) * sorted.length) - 1)];

const maker = new PdfMaker({ executablePath, poolSize, recycleAfter });
try {
  // The first render starts Chromium: timed on its own, not part of the throughput.
  let started = performance.now();
  await maker.report(sampleReport(), 'id');
  const firstMs = performance.now() - started;

  const durations = [];
  let bytes = 0;
  let next = 0;
  started = performance.now();
  // As many workers as pages: each render's time is its own, not time spent waiting in the queue.
  await Promise.all(
    Array.from({ length: poolSize }, async () => {
      while (next < jobs.length) {
        const job = jobs[next++];
        const t = performance.now();
        const pdf = await maker.report(job.doc, job.language);
        durations.push(performance.now() - t);
        bytes += pdf.length;
      }
    }),
  );
  const seconds = (performance.now() - started) / 1000;
  durations.sort((a, b) => a - b);
  const stats = maker.renderer.stats();
  console.log(
    `report PDFs: ${count} on ${availableParallelism()} cores, pool of ${poolSize} pages, recycle after ${recycleAfter}`,
  );
  console.log(`  first render (Chromium start included): ${firstMs.toFixed(0)} ms`);
  console.log(
    `  throughput: ${(count / seconds).toFixed(1)} reports/s (${seconds.toFixed(2)} s; goal ≥ 10/s on 2 cores)`,
  );
  console.log(
    `  render time: p50 ${percentile(durations, 50).toFixed(0)} ms, p95 ${percentile(durations, 95).toFixed(0)} ms, max ${durations.at(-1).toFixed(0)} ms`,
  );
  console.log(
    `  average size: ${(bytes / count / 1024).toFixed(0)} KiB; browsers started: ${stats.launches}; failures: ${stats.failures}`,
  );
} finally {
  await maker.close();
}
