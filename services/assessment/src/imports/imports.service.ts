import { Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { AdminActor, ImportReport, ImportRequest, Language } from '@evkin/contracts';
import { DomainError } from '@evkin/platform';
import { AuditService } from '../audit/audit.service.js';
import { loadBatteries } from '../evaluation/battery-context.js';
import { buildTemplate, normaliseEmail, readImportFile, validateRows, type ValidRow } from './parse/index.js';

/** Rows per INSERT: a statement's parameters stay far below PostgreSQL's limit. */
const CHUNK = 5000;

/**
 * The participant dataset import (seed 000 G.2.b): a dry run reports every row's errors and changes
 * nothing; a commit inserts every row or, if any row is wrong, none.
 */
@Injectable()
export class ImportsService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async import(actor: AdminActor, request: ImportRequest): Promise<ImportReport> {
    this.audit.assertAdmin(actor);
    const bytes = Buffer.from(request.contentBase64, 'base64');
    const read = await readImportFile(request.fileName, bytes, { language: request.language });
    if (read.errors.length > 0) return this.refuse(request.dryRun, { rows: 0, valid: 0, errors: read.errors });

    const batteries = await loadBatteries(this.dataSource.manager);
    const existing = await this.existingEmails(read.rows.map((row) => normaliseEmail(row.cells.email)));
    const result = validateRows(read.rows, {
      batteries: batteries.map((b) => ({ id: b.id, name: b.name, target: b.target })),
      defaultBatteryId: request.batteryId ?? null,
      existingEmails: existing,
      language: request.language,
      headers: read.headers,
    });
    const summary = { rows: result.rows, valid: result.valid.length, errors: result.errors };
    if (request.dryRun || result.errors.length > 0) return this.refuse(request.dryRun, summary);

    await this.dataSource
      .transaction(async (manager) => {
        for (let start = 0; start < result.valid.length; start += CHUNK) {
          await insertParticipants(manager, result.valid.slice(start, start + CHUNK));
        }
        await this.audit.record(manager, actor, {
          action: 'participants.import',
          subject: { type: 'battery', id: request.batteryId ?? null },
          details: { fileName: request.fileName, created: result.valid.length },
        });
      })
      .catch((error: unknown) => {
        // Another import added one of these emails meanwhile: all or nothing still holds.
        if ((error as { code?: string }).code === '23505') throw new DomainError('conflict');
        throw error;
      });
    return { dryRun: false, ...summary, created: result.valid.length };
  }

  async template(
    format: 'csv' | 'xlsx',
    language: Language,
  ): Promise<{ fileName: string; contentType: string; contentBase64: string }> {
    const content = await buildTemplate(format, language);
    return {
      fileName: language === 'id' ? `templat-peserta.${format}` : `participant-template.${format}`,
      contentType:
        format === 'csv'
          ? 'text/csv; charset=utf-8'
          : 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
      contentBase64: content.toString('base64'),
    };
  }

  private refuse(dryRun: boolean, summary: Omit<ImportReport, 'dryRun' | 'created'>): ImportReport {
    const report: ImportReport = { dryRun, ...summary, created: 0 };
    if (!dryRun) throw new DomainError('import_invalid', [], { report });
    return report;
  }

  /** Which of the file's emails are already participants, per battery: one query, whatever the table's size. */
  private async existingEmails(emails: string[]): Promise<Map<string, Set<string>>> {
    const rows: { battery_id: string; email: string }[] = await this.dataSource.manager.query(
      // Participants only come in through imports, which store emails lower-cased.
      `SELECT battery_id, email FROM participant WHERE email = ANY($1::text[])`,
      [[...new Set(emails)]],
    );
    const map = new Map<string, Set<string>>();
    for (const row of rows) {
      let set = map.get(row.battery_id);
      if (set === undefined) map.set(row.battery_id, (set = new Set()));
      set.add(row.email);
    }
    return map;
  }
}

async function insertParticipants(manager: DataSource['manager'], rows: ValidRow[]): Promise<void> {
  const column = <K extends keyof ValidRow>(key: K) => rows.map((r) => r[key]);
  await manager.query(
    `INSERT INTO participant (battery_id, name, nip, email, target, unit, province, regency, language)
     SELECT * FROM unnest($1::uuid[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::text[])`,
    [
      column('batteryId'),
      column('name'),
      column('nip'),
      column('email'),
      column('target'),
      column('unit'),
      column('province'),
      column('regency'),
      column('language'),
    ],
  );
}
