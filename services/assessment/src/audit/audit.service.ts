import { Injectable } from '@nestjs/common';
import { DataSource, type EntityManager } from 'typeorm';
import { DomainError } from '@evkin/platform';
import type { AdminActor, AuditEntry, Page } from '@evkin/contracts';
import { AuditEntryRecord } from './audit-entry.entity.js';

export interface AuditChange {
  /** Dotted verb, e.g. `battery.create`, `participants.import`, `rater.replace`. */
  action: string;
  subject: { type: string; id: string | null };
  details?: Record<string, unknown>;
}

/**
 * The audit log of admin changes (issue 7: "every admin change appears in the audit log"). Callers
 * pass the transaction of the change, so a change and its entry commit or roll back together.
 */
@Injectable()
export class AuditService {
  constructor(private readonly dataSource: DataSource) {}

  /** Refuses viewers: every audited call is a change. */
  assertAdmin(actor: AdminActor): void {
    if (actor.role !== 'admin') throw new DomainError('forbidden');
  }

  async record(manager: EntityManager, actor: AdminActor, change: AuditChange): Promise<void> {
    await manager.save(
      manager.create(AuditEntryRecord, {
        actorUserId: actor.userId,
        actorEmail: actor.email,
        action: change.action,
        subjectType: change.subject.type,
        subjectId: change.subject.id,
        details: change.details ?? {},
      }),
    );
  }

  async list(page: number, pageSize: number): Promise<Page<AuditEntry>> {
    const [records, total] = await this.dataSource.getRepository(AuditEntryRecord).findAndCount({
      order: { at: 'DESC' },
      skip: (page - 1) * pageSize,
      take: pageSize,
    });
    return {
      total,
      page,
      pageSize,
      items: records.map((r) => ({
        id: r.id,
        at: r.at.toISOString(),
        actor: { userId: r.actorUserId, email: r.actorEmail },
        action: r.action,
        subject: { type: r.subjectType, id: r.subjectId },
        details: r.details,
      })),
    };
  }
}
