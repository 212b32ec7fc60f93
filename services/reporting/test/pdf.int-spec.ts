/**
 * PDFs rendered by the real Chromium and read back with pdftotext (poppler-utils): what the
 * proof and the reports print, that data is escaped, that nothing is fetched from the network,
 * and that the page pool survives a timeout and a killed browser without leaving Chromium
 * processes behind.
 */
import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { Test } from '@nestjs/testing';
import {
  CATEGORY_LABELS,
  CONCLUSION_LABELS,
  JENJANG_LABELS,
  NOT_ASSESSED_LABELS,
  ROLE_LABELS,
  WORK_CONDITION_LABELS,
} from '@evkin/scoring';
import { eventually } from '../../../test/support/eventually.js';
import type { PdfLanguage, ReportDocument } from '../src/pdf/documents.js';
import { PdfRendererClosedError, PdfRenderTimeoutError } from '../src/pdf/errors.js';
import { localized } from '../src/pdf/format.js';
import { PdfMaker } from '../src/pdf/pdf-maker.js';
import { PdfModule } from '../src/pdf/pdf.module.js';
import { PdfService } from '../src/pdf/pdf.service.js';
import { PDF_TEXT } from '../src/pdf/text.js';
import { sampleProof, sampleReport } from '../src/pdf/samples.js';

const CHROMIUM = process.env['CHROMIUM_PATH'] ?? '/usr/bin/chromium';

interface PdfText {
  /** As laid out on the page: a table row's cells start on the same line. */
  readonly layout: string;
  /** In reading order: each cell's text in one piece. */
  readonly raw: string;
}

function pdfText(pdf: Buffer): PdfText {
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  const run = (...args: string[]) =>
    execFileSync('pdftotext', [...args, '-enc', 'UTF-8', '-', '-'], { input: pdf, encoding: 'utf8' });
  return { layout: run('-layout'), raw: run() };
}

/**
 * Text without spaces and hyphens: a cell wraps its lines anywhere (and pdftotext joins words
 * hyphenated at a line end), so phrases are compared in this form.
 */
const squash = (text: string): string => text.replace(/[\s\u00ad-]+/g, '');

/** In reading order (a wrapped cell in one piece) or as laid out (a label and its value on one line). */
function expectPrinted(text: PdfText, expected: string): void {
  if (!squash(text.raw).includes(squash(expected)) && !squash(text.layout).includes(squash(expected))) {
    throw new Error(`"${expected}" is not in the PDF:\n${text.raw}`);
  }
}

function expectNotPrinted(text: PdfText, unexpected: string): void {
  expect(squash(text.raw)).not.toContain(squash(unexpected));
  expect(squash(text.layout)).not.toContain(squash(unexpected));
}

const pages = (text: PdfText): number => text.layout.split('\f').filter((p) => p.trim() !== '').length;

/** Processes still alive (zombies count as gone) in a process group: Chromium and its children. */
function livingInGroup(pgid: number): number[] {
  const living: number[] = [];
  for (const entry of readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    let stat: string;
    try {
      stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
    } catch {
      continue; // exited meanwhile
    }
    // "pid (comm) state ppid pgrp …": comm may contain spaces, so read after the last ')'.
    const [state, , pgrp] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    if (Number(pgrp) === pgid && state !== 'Z') living.push(Number(entry));
  }
  return living;
}

async function expectGone(pid: number): Promise<void> {
  await eventually(() => expect(livingInGroup(pid)).toEqual([]), 10_000);
}

/** Checks every table row of a report: its sub-competency with its category, or the "not assessed" text and "-". */
function expectProfileRows(text: PdfText, doc: ReportDocument, language: PdfLanguage): void {
  const lines = text.layout.split('\n');
  const notAssessed = NOT_ASSESSED_LABELS[language];
  const notAssessedStart = notAssessed.description.split(' ')[0] as string;
  let notAssessedRows = 0;
  for (const competency of doc.competencies) {
    expectPrinted(text, `${competency.no}. ${localized(competency.name, language)}`);
    for (const sub of competency.subCompetencies) {
      const name = `${sub.no}. ${localized(sub.name, language)}`;
      expectPrinted(text, name);
      // Cells are top-aligned: the row's first line starts every cell (the name may wrap after its first word).
      const label = `${sub.no}. ${localized(sub.name, language).split(/[\s-]/)[0]}`;
      const line = lines.find((l) => new RegExp(`(^|\\s)${label.replace('.', '\\.')}`).test(l));
      if (line === undefined) throw new Error(`No table row for "${name}" in:\n${text.layout}`);
      if (sub.result.status === 'scored') {
        expect(line).toContain(CATEGORY_LABELS[language][sub.result.category]);
        if (sub.description) expectPrinted(text, localized(sub.description, language));
      } else {
        expect(line).toContain(notAssessedStart);
        expect(line.trimEnd().endsWith(` ${notAssessed.category}`)).toBe(true);
        notAssessedRows++;
      }
    }
  }
  expect(squash(text.raw).split(squash(notAssessed.description)).length - 1).toBe(notAssessedRows);
}

describe('PDF rendering with Chromium', () => {
  let maker: PdfMaker;

  beforeAll(() => {
    maker = new PdfMaker({ executablePath: CHROMIUM, poolSize: 2 });
  });

  afterAll(async () => {
    await maker.close();
  });

  describe.each<PdfLanguage>(['id', 'en'])('in %s', (language) => {
    const t = PDF_TEXT[language];

    it('prints the Bukti Penyelesaian (Gambar 16)', async () => {
      const doc = sampleProof({ rater: { role: 'supervisor', name: 'Fatimah Azzahra' } });
      const text = pdfText(await maker.proof(doc, language));
      for (const expected of [
        t.proof.title,
        `${t.printedOn} 07 Nov 2025, 08:31 WIB`,
        t.proof.participant,
        'Budi Sutan',
        `${t.proof.unit}: Direktorat Bina Pengantar Kerja`,
        t.proof.raterRole,
        ROLE_LABELS[language].supervisor,
        `${t.proof.raterName}: Fatimah Azzahra`,
        t.proof.competencies,
        localized(doc.competencies[0]!, language),
        t.proof.programme,
        'Simulasi PK 11-06-2025',
        `${t.proof.battery}: Baterai PK Ahli Pertama 2026`,
        t.proof.completedAt,
        `${t.proof.status}: SUBMITTED`,
        t.proof.confirmed,
        `${t.page.before} 1 ${t.page.between} 1`,
      ]) {
        expectPrinted(text, expected);
      }
      expect(pages(text)).toBe(1);
    });

    it('prints a Pengantar Kerja report with its activity profile (Gambar 22–23)', async () => {
      const doc = sampleReport({ target: 'ahli_pertama' });
      const text = pdfText(await maker.report(doc, language));
      for (const expected of [
        t.report.title.pengantarKerja,
        `${t.report.name} : Fendy Aycaputa`,
        `${t.report.nip} : 199001012020121001`,
        `${t.report.unit} : Direktorat Bina Pengantar Kerja`,
        `${t.report.level} : ${JENJANG_LABELS[language].ahli_pertama}`,
        `${t.report.province} : DKI Jakarta`,
        `${t.report.regency} : Kota Administrasi Jakarta Pusat`,
        t.report.profileTitle,
        t.report.columns.competency,
        t.report.columns.subCompetency,
        t.report.columns.description,
        t.report.columns.category,
        t.report.conclusionExplanation,
      ]) {
        expectPrinted(text, expected);
      }
      expectProfileRows(text, doc, language);
      expect(text.layout).toMatch(new RegExp(`${t.report.conclusion}\\s+${CONCLUSION_LABELS[language].baik}`));

      // PROFIL AKTIVITAS KERJA: count and % per level, both conditions, the rule and the finding.
      const activities = language === 'id' ? 'aktivitas kerja' : 'work activities';
      expectPrinted(text, language === 'id' ? 'PROFIL AKTIVITAS KERJA' : 'WORK ACTIVITY PROFILE');
      for (const [level, count, percent] of [
        ['ahli_pertama', 13, 87],
        ['ahli_muda', 2, 13],
        ['ahli_madya', 0, 0],
        ['ahli_utama', 0, 0],
      ] as const) {
        expect(text.layout).toMatch(
          new RegExp(`${JENJANG_LABELS[language][level]}\\s+${count} ${activities}\\s+${percent}%`),
        );
      }
      expectPrinted(text, WORK_CONDITION_LABELS[language].ideal);
      expectPrinted(text, WORK_CONDITION_LABELS[language].less_than_ideal);
      expectPrinted(text, language === 'id' ? '13 dari 15 aktivitas kerja' : '13 of the 15 work activities');
      for (const paragraph of t.report.activityExplanation) {
        expectPrinted(text, paragraph.replaceAll('{jenjang}', JENJANG_LABELS[language].ahli_pertama));
      }

      // Several pages, each marked confidential and numbered "n of total".
      const pageCount = pages(text);
      expect(pageCount).toBeGreaterThanOrEqual(2);
      expect(text.layout.split(t.confidential).length - 1).toBe(pageCount);
      for (let n = 1; n <= pageCount; n++) expectPrinted(text, `${t.page.before} ${n} ${t.page.between} ${pageCount}`);
    });

    it('prints a Petugas Antar Kerja report without an activity profile (Gambar 24)', async () => {
      const doc = sampleReport({ target: 'petugas' });
      const text = pdfText(await maker.report(doc, language));
      expectPrinted(text, t.report.title.petugas);
      expectPrinted(text, `${t.report.level} : Petugas Antar Kerja`);
      expectPrinted(text, 'Balai Besar Pelatihan Vokasi dan Produktivitas Banda Aceh');
      expectPrinted(text, t.confidential);
      expectNotPrinted(text, `${t.report.nip} :`);
      expectProfileRows(text, doc, language);
      expect(text.layout).toMatch(new RegExp(`${t.report.conclusion}\\s+${CONCLUSION_LABELS[language].baik}`));
      expectNotPrinted(text, language === 'id' ? 'PROFIL AKTIVITAS KERJA' : 'WORK ACTIVITY PROFILE');
      expectNotPrinted(text, WORK_CONDITION_LABELS[language].ideal);
    });
  });

  it('prints names literally, however much they look like HTML', async () => {
    const name = '<b>Budi & "Sari"</b>';
    const report = pdfText(
      await maker.report(sampleReport({ target: 'petugas', participant: { name, unit: "<i>O'Neil</i> & Co" } })),
    );
    expectPrinted(report, `Nama : ${name}`);
    expectPrinted(report, `Instansi : <i>O'Neil</i> & Co`);
    const proof = pdfText(await maker.proof(sampleProof({ participant: { name, unit: '<script>x</script>' } })));
    expect(proof.layout).toContain(name);
    expect(proof.layout).toContain('Unit: <script>x</script>');
  });

  it('fetches nothing: every request a document makes is aborted', async () => {
    let requests = 0;
    let connections = 0;
    const server: Server = createServer((_req, res) => {
      requests++;
      res.end('x');
    });
    server.on('connection', () => connections++);
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    const render = (body: string) =>
      maker.renderer.render({
        html: `<!doctype html><html><head><link rel="stylesheet" href="${url}/a.css"><style>@import url("${url}/b.css"); p { background: url("${url}/c.png"); }</style></head><body><p>offline</p>${body}</body></html>`,
        headerTemplate: `<img src="${url}/header.png">`,
        footerTemplate: '<span></span>',
      });
    try {
      const before = maker.renderer.stats().blockedRequests;
      expectPrinted(pdfText(await render(`<img src="${url}/d.png">`)), 'offline');
      expect({ requests, connections }).toEqual({ requests: 0, connections: 0 });
      expect(maker.renderer.stats().blockedRequests).toBeGreaterThan(before);
      // Navigations (an iframe, an object) may make Chromium open a socket ahead of time, but no request goes out.
      expectPrinted(
        pdfText(await render(`<iframe src="${url}/f"></iframe><object data="${url}/e"></object>`)),
        'offline',
      );
      expect(requests).toBe(0);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('renders more documents than pages at once', async () => {
    const names = Array.from({ length: 6 }, (_, i) => `Peserta Paralel ${i + 1}`);
    const pdfs = await Promise.all(
      names.map((name) => maker.report(sampleReport({ target: 'petugas', participant: { name } }), 'id')),
    );
    pdfs.forEach((pdf, i) => expectPrinted(pdfText(pdf), `Nama : ${names[i]}`));
    expect(maker.renderer.stats()).toMatchObject({ busyPages: 0, queued: 0, failures: 0 });
  });
});

describe('PDF page pool failures', () => {
  const report = sampleReport({ target: 'petugas' });

  it('recovers from a render that times out: the next render works on a fresh browser', async () => {
    const maker = new PdfMaker({ executablePath: CHROMIUM, poolSize: 1 });
    try {
      await maker.report(report);
      const first = maker.renderer.stats().browserPid as number;
      expect(first).toEqual(expect.any(Number));

      await expect(maker.report(report, 'id', { timeoutMs: 1 })).rejects.toBeInstanceOf(PdfRenderTimeoutError);
      // The browser of the abandoned render is retired and closed.
      await expectGone(first);

      expectPrinted(pdfText(await maker.report(report)), 'Muhammad Munir Fauz');
      const second = maker.renderer.stats().browserPid as number;
      expect(second).not.toBe(first);
      expect(maker.renderer.stats()).toMatchObject({ timeouts: 1, failures: 1 });

      await maker.close();
      await expectGone(second);
    } finally {
      await maker.close();
    }
  });

  it('recovers from a killed browser, and leaves no Chromium process when closed', async () => {
    const maker = new PdfMaker({ executablePath: CHROMIUM, poolSize: 2 });
    try {
      await maker.report(report);
      const first = maker.renderer.stats().browserPid as number;
      expect(livingInGroup(first)).toContain(first); // one process: renderers run as its threads

      process.kill(first, 'SIGKILL');
      // Renders right after the crash succeed (a render caught by it is retried on a new browser).
      const pdfs = await Promise.all([maker.report(report), maker.proof(sampleProof())]);
      expectPrinted(pdfText(pdfs[0]), 'Muhammad Munir Fauz');
      expectPrinted(pdfText(pdfs[1]), 'TERKONFIRMASI: TELAH DIKIRIM');
      const second = maker.renderer.stats().browserPid as number;
      expect(second).not.toBe(first);
      await expectGone(first); // the crashed browser and anything it started

      await maker.close();
      await expectGone(second);
      expect(maker.renderer.stats().browserPids).toEqual([]);
      await expect(maker.report(report)).rejects.toBeInstanceOf(PdfRendererClosedError);
    } finally {
      await maker.close();
    }
  });

  it('recycles the browser after the configured number of renders', async () => {
    const maker = new PdfMaker({ executablePath: CHROMIUM, poolSize: 2, recycleAfter: 3 });
    const pids = new Set<number>();
    try {
      for (let i = 0; i < 7; i++) {
        await maker.report(report);
        const pid = maker.renderer.stats().browserPid;
        if (pid !== null) pids.add(pid);
      }
      expect(maker.renderer.stats().launches).toBe(3);
    } finally {
      await maker.close();
    }
    expect(pids.size).toBeGreaterThanOrEqual(2);
    for (const pid of pids) await expectGone(pid);
  });

  it('closes a browser started while closing, and fails the renders still waiting', async () => {
    const maker = new PdfMaker({ executablePath: CHROMIUM, poolSize: 1 });
    const first = maker.report(report); // starts Chromium
    const waiting = maker.report(report);
    const closing = maker.close();
    await expect(waiting).rejects.toBeInstanceOf(PdfRendererClosedError);
    await first.catch(() => undefined); // may finish or fail, depending on timing
    await closing;
    expect(maker.renderer.stats().browserPids).toEqual([]);
    expect(livingChromium()).toEqual([]);
  });
});

describe('PdfModule', () => {
  it('gives PdfService (Indonesian by default) and closes Chromium when the module is destroyed', async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [PdfModule.register({ executablePath: CHROMIUM, poolSize: 1 })],
    }).compile();
    const pdf = moduleRef.get(PdfService);
    expectPrinted(pdfText(await pdf.proof(sampleProof())), 'TERKONFIRMASI: TELAH DIKIRIM');
    expectPrinted(pdfText(await pdf.report(sampleReport(), 'en')), 'WORK ACTIVITY PROFILE');
    const pid = pdf.stats().browserPid as number;
    expect(livingInGroup(pid).length).toBeGreaterThan(0);
    await moduleRef.close();
    await expectGone(pid);
  });
});

/** Chromium processes of this test run (children of this Node process's descendants), if any survived. */
function livingChromium(): number[] {
  const mine = new Set([process.pid]);
  const found: number[] = [];
  // A few passes over /proc follow browser → zygote → renderer chains started by this process.
  for (let pass = 0; pass < 4; pass++) {
    for (const entry of readdirSync('/proc')) {
      if (!/^\d+$/.test(entry)) continue;
      let stat: string;
      try {
        stat = readFileSync(`/proc/${entry}/stat`, 'utf8');
      } catch {
        continue;
      }
      const [state, ppid] = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      if (state !== 'Z' && mine.has(Number(ppid))) mine.add(Number(entry));
    }
  }
  for (const pid of mine) {
    if (pid === process.pid) continue;
    try {
      if (readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('chrom')) found.push(pid);
    } catch {
      // gone
    }
  }
  return found;
}
