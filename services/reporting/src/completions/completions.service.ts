import { Injectable, type OnModuleInit } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import type { EntityManager, Repository } from 'typeorm';
import type { CompletionView, EvkinEvent } from '@evkin/contracts';
import { EventConsumer } from '@evkin/platform';
import { Completion } from './submission.entity.js';

/** The read model: what reporting knows of submissions and completions, kept from events. */
@Injectable()
export class CompletionsService implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    @InjectRepository(Completion) private readonly completions: Repository<Completion>,
  ) {}

  onModuleInit(): void {
    this.consumer.on('evaluation.submitted', (event, manager) => this.recordSubmission(event, manager));
    this.consumer.on('evaluation.completed', (event, manager) => this.recordCompletion(event, manager));
  }

  async recordSubmission(event: EvkinEvent<'evaluation.submitted'>, manager: EntityManager): Promise<void> {
    const { data } = event;
    // Raw SQL: TypeORM's partial-entity typing cannot express a free-form jsonb document.
    await manager.query(
      `INSERT INTO reporting.submission (assignment_id, participant_id, role, answers, submitted_at)
       VALUES ($1, $2, $3, $4, $5) ON CONFLICT (assignment_id) DO NOTHING`,
      [data.assignmentId, data.participantId, data.role, JSON.stringify(data.answers), data.submittedAt],
    );
  }

  async recordCompletion(event: EvkinEvent<'evaluation.completed'>, manager: EntityManager): Promise<void> {
    const { data } = event;
    await manager.upsert(
      Completion,
      {
        participantId: data.participantId,
        participantName: data.participant.name,
        unit: data.participant.unit,
        roles: data.assignments.map((a) => a.role),
        completedAt: new Date(data.completedAt),
      },
      ['participantId'],
    );
  }

  async completion(participantId: string): Promise<CompletionView> {
    const found = await this.completions.findOneBy({ participantId });
    return {
      participantId,
      completed: found !== null,
      completedAt: found?.completedAt.toISOString() ?? null,
      roles: found?.roles ?? [],
    };
  }
}
