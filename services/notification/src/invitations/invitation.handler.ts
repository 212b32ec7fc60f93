import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import type { EvkinEvent } from '@evkin/contracts';
import { EventConsumer } from '@evkin/platform';
import { DeliveriesService } from '../deliveries/deliveries.service.js';
import { renderInvitation } from './invitation-email.js';

/** `evaluation.invited` → one invitation email, however often the event is delivered. */
@Injectable()
export class InvitationHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly deliveries: DeliveriesService,
  ) {}

  onModuleInit(): void {
    this.consumer.on('evaluation.invited', (event, manager) => this.handle(event, manager));
  }

  async handle(event: EvkinEvent<'evaluation.invited'>, manager: EntityManager): Promise<void> {
    await this.deliveries.record(manager, {
      sourceEventId: event.id,
      kind: 'invitation',
      assignmentId: event.data.assignmentId,
      participantId: event.data.participantId,
      to: event.data.rater.email,
      ...renderInvitation(event.data),
    });
  }
}
