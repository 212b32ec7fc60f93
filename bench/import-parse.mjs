// How fast are 50,000 participant rows read and validated (issue 3: verify + commit of 50,000 rows
// within 30 s including the database; this part has a budget of well under 5 s)?
//   node bench/import-parse.mjs [rows]
// Builds a CSV and an XLSX of that many rows in memory, then times readImportFile + validateRows on
// each. Needs no build: the module is transpiled with swc into node_modules/.cache. Prints numbers only.
import { transformFileSync } from '@swc/core';
import ExcelJS from 'exceljs';
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { root } from './support.mjs';

const count = Number(process.argv[2] ?? 50_000);

async function loadModule() {
  const source = join(root, 'services/assessment/src/imports/parse');
  const out = join(root, 'node_modules/.cache/evkin-bench/import-parse');
  mkdirSync(out, { recursive: true });
  for (const file of readdirSync(source).filter((f) => f.endsWith('.ts') && !f.endsWith('.spec.ts'))) {
    const { code } = transformFileSync(join(source, file), {
      jsc: { parser: { syntax: 'typescript' }, target: 'es2023' },
      module: { type: 'es6' },
    });
    writeFileSync(join(out, file.replace(/\.ts$/, '.js')), code);
  }
  return import(pathToFileURL(join(out, 'index.js')).href);
}

const POSITIONS = ['Ahli Pertama', 'PK Ahli Muda', 'Pengantar Kerja Ahli Madya', 'ahli_utama', 'Petugas Antar Kerja'];
const TARGETS = ['ahli_pertama', 'ahli_muda', 'ahli_madya', 'ahli_utama', 'petugas'];
const batteries = TARGETS.map((target, i) => ({
  id: `00000000-0000-4000-8000-00000000000${i}`,
  name: `Baterai ${target} 2026`,
  target,
}));

function row(i) {
  const k = i % 5;
  const nip = `1985010120100110${String(i % 100).padStart(2, '0')}`;
  return [
    'Budi Sutan ' + i,
    nip,
    `peserta${i}@contoh.go.id`,
    POSITIONS[k],
    'Dinas Tenaga Kerja',
    'Jawa Barat',
    'Kota Bandung',
    batteries[k].name,
    'id',
  ];
}

const header = ['Nama', 'NIP', 'Email', 'Jabatan', 'Unit Kerja', 'Provinsi', 'Kabupaten/Kota', 'Baterai', 'Bahasa'];

function csv() {
  const lines = [header.join(';')];
  for (let i = 0; i < count; i++) lines.push(row(i).join(';'));
  return Buffer.from('\ufeff' + lines.join('\r\n'), 'utf8');
}

async function xlsx() {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Peserta');
  sheet.addRow(header);
  for (let i = 0; i < count; i++) sheet.addRow(row(i));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const { readImportFile, validateRows } = await loadModule();
const existing = new Map([[batteries[0].id, new Set(['someone@contoh.go.id'])]]);
for (const [format, bytes] of [
  ['csv', csv()],
  ['xlsx', await xlsx()],
]) {
  // The first run is what a freshly started pod pays; the second, a warm one.
  for (const label of ['first run', 'second run']) {
    const start = process.hrtime.bigint();
    const read = await readImportFile(`peserta.${format}`, bytes);
    const readDone = process.hrtime.bigint();
    const result = validateRows(read.rows, { batteries, existingEmails: existing, language: 'id' });
    const end = process.hrtime.bigint();
    const ms = (a, b) => Number(b - a) / 1e6;
    console.log(
      `${format} (${label}): ${count} rows, ${(bytes.length / 1e6).toFixed(1)} MB — read ${ms(start, readDone).toFixed(0)} ms, ` +
        `validate ${ms(readDone, end).toFixed(0)} ms, total ${ms(start, end).toFixed(0)} ms ` +
        `(${result.valid.length} valid, ${result.errors.length} errors)`,
    );
  }
}
