import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import {
  RATER_ROLES,
  RESULT_EXPORT_FORMATS,
  type AdminActor,
  type FileDownload,
  type Language,
  type RaterRole,
  type ResultExportFormat,
  type ResultFilter,
} from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { assertUuid, checkFilter, participantWhere } from '../query/participant-filter.js';
import { PARTICIPANT_RESULT_COLUMNS, PARTICIPANT_RESULT_FROM, type ParticipantResultRow } from '../query/rows.js';
import { toCsv } from './csv.js';
import { slug, wibDate } from './file-name.js';
import { resultTable } from './result-table.js';
import { toXlsx } from './xlsx.js';

export const CONTENT_TYPES = {
  csv: 'text/csv; charset=utf-8',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
} as const satisfies Record<ResultExportFormat, string>;

export type ExportRow = ParticipantResultRow & { submittedRoles: RaterRole[] };

/** The results of a battery as a spreadsheet (CSV or XLSX), filtered like the analytics. */
@Injectable()
export class ExportsService {
  constructor(private readonly dataSource: DataSource) {}

  async export(
    actor: AdminActor,
    batteryId: string,
    format: ResultExportFormat,
    rawFilter: ResultFilter | undefined,
    language: Language,
  ): Promise<FileDownload> {
    if (!(RESULT_EXPORT_FORMATS as readonly unknown[]).includes(format)) {
      throw new DomainError('validation_failed', [{ field: 'format', code: 'isIn' }]);
    }
    const { batteryName, rows } = await this.rows(batteryId, rawFilter);
    const subCompetencyIds = [...new Set(rows.flatMap((row) => row.instrument?.subCompetencyIds ?? []))].sort();
    const table = resultTable(rows, { language, subCompetencyIds, includeGap: actor.role === 'admin' });
    const base = `${language === 'id' ? 'hasil' : 'results'}-${slug(batteryName)}-${wibDate(new Date())}`;
    const bytes =
      format === 'csv'
        ? toCsv([table.header, ...table.rows])
        : await toXlsx(table, language === 'id' ? 'Hasil' : 'Results');
    return {
      fileName: `${base}.${format}`,
      contentType: CONTENT_TYPES[format],
      contentBase64: bytes.toString('base64'),
    };
  }

  /** Every participant of the battery matching the filter, by name, with their submitted roles. */
  async rows(
    batteryId: string,
    rawFilter: ResultFilter | undefined,
  ): Promise<{ batteryName: string; rows: ExportRow[] }> {
    assertUuid('batteryId', batteryId);
    const filter = checkFilter(rawFilter);
    const batteries: { name: string }[] = await this.dataSource.query(
      'SELECT name FROM reporting.battery WHERE id = $1',
      [batteryId],
    );
    if (batteries[0] === undefined) throw new DomainError('not_found');
    const params: unknown[] = [];
    const rows: (ParticipantResultRow & { roles: RaterRole[] | null })[] = await this.dataSource.query(
      `SELECT ${PARTICIPANT_RESULT_COLUMNS},
         (SELECT array_agg(a.role) FROM reporting.assignment a
          WHERE a.participant_id = p.id AND a.status = 'submitted') AS roles
       FROM ${PARTICIPANT_RESULT_FROM}
       WHERE ${participantWhere(batteryId, filter, params)} ORDER BY p.name, p.id`,
      params,
    );
    return {
      batteryName: batteries[0].name,
      rows: rows.map(({ roles, ...row }) => ({
        ...row,
        submittedRoles: RATER_ROLES.filter((role) => roles?.includes(role)),
      })),
    };
  }
}
