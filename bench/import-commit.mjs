// How long do verify (dry run) and commit of a 50,000-row participant file take, the way an admin
// does them (issue 3: goal ≤ 30 s for both)? Starts the assessment service and the gateway built
// from this repository on the local PostgreSQL and RabbitMQ, signs in, creates a battery per
// format and sends the file twice through `POST /api/admin/imports` (multipart): dryRun=true, then
// dryRun=false. Prints numbers only.
//   npm run bench:import [rows] [formats: csv,xlsx]
import ExcelJS from 'exceljs';
import { createBattery, importFile, participantCsv, seconds, startAssessmentStack } from './support.mjs';

const count = Number(process.argv[2] ?? 50_000);
const formats = (process.argv[3] ?? 'csv,xlsx').split(',');

async function participantXlsx(csv) {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Peserta');
  for (const line of csv
    .toString('utf8')
    .replace(/^\ufeff/, '')
    .split('\r\n'))
    sheet.addRow(line.split(';'));
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

const stack = await startAssessmentStack('import');
try {
  for (const format of formats) {
    const battery = await createBattery(stack.api, `Evkin Ahli Muda ${format.toUpperCase()} Bench`);
    const csv = participantCsv(count, battery.name);
    const bytes = format === 'xlsx' ? await participantXlsx(csv) : csv;
    const file = { bytes, fileName: `peserta.${format}`, batteryId: battery.id };

    const started = Date.now();
    const verify = await importFile(stack.api, { ...file, dryRun: true });
    const verified = Date.now();
    const commit = await importFile(stack.api, { ...file, dryRun: false });
    const committed = Date.now();

    const total = committed - started;
    console.log(
      `import ${format}: ${count} rows, ${(bytes.length / 1e6).toFixed(1)} MB, through POST /api/admin/imports`,
    );
    console.log(
      `  verify (dry run): ${seconds(verified - started)} — ${verify.valid} valid, ${verify.errors.length} errors`,
    );
    console.log(`  commit:           ${seconds(committed - verified)} — ${commit.created} created`);
    console.log(
      `  verify + commit:  ${seconds(total)} = ${((2 * count) / (total / 1000)).toFixed(0)} rows/s (goal ≤ 30 s)`,
    );
  }
} finally {
  await stack.stop();
}
