import ExcelJS from 'exceljs';
import type { ResultTable } from './result-table.js';

/**
 * The table as an .xlsx workbook. Text cells are written as text (never as formulas), so a
 * participant's name cannot run in the admin's spreadsheet; dates are real dates.
 */
export async function toXlsx(table: ResultTable, sheetName: string): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.creator = 'Evkin 360';
  const sheet = workbook.addWorksheet(sheetName, { views: [{ state: 'frozen', ySplit: 1, xSplit: 2 }] });
  sheet.addRow(table.header).font = { bold: true };
  for (const row of table.rows) sheet.addRow(row);
  table.header.forEach((heading, i) => {
    const column = sheet.getColumn(i + 1);
    column.width = Math.min(40, Math.max(8, heading.length + 2));
    if (table.rows.some((row) => row[i] instanceof Date)) column.numFmt = 'yyyy-mm-dd hh:mm';
  });
  sheet.autoFilter = { from: { row: 1, column: 1 }, to: { row: 1, column: table.header.length } };
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
