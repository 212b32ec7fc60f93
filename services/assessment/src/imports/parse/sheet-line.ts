/** A record of the file with the row number a spreadsheet shows for it. */
export interface SheetLine {
  row: number;
  fields: string[];
  /** Indexes of fields that were numbers too large for Excel to keep exact (see RawRow.rounded). */
  rounded?: number[];
}
