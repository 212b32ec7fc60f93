import { Injectable, type OnModuleInit } from '@nestjs/common';
import type { RoutingKey } from '@evkin/contracts';
import { EventConsumer, type ReceivedEvent } from '@evkin/platform';
import { DeliveriesService, type EmailRequest } from '../deliveries/deliveries.service.js';
import { renderInvitation } from '../templates/invitation.js';
import { renderReminder } from '../templates/reminder.js';
import { renderReportReady } from '../templates/report-ready.js';
import { renderSubmissionConfirmation } from '../templates/submission-confirmation.js';

type EmailFor<K extends RoutingKey> = (
  received: ReceivedEvent<K>,
) => Omit<EmailRequest, 'sourceEventId' | 'correlationId'>;

/**
 * Which event owes whom which email. Each becomes one delivery, however often the event is
 * delivered: the delivery id is the email kind plus the event id. Invitations and reminders carry
 * the battery's closing time, after which they are not sent. Events that arrive together are
 * recorded together (a bulk invite is tens of thousands of events).
 */
@Injectable()
export class EventEmailsHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly deliveries: DeliveriesService,
  ) {}

  onModuleInit(): void {
    this.emails('evaluation.invited', ({ event: { data } }) => ({
      kind: 'invitation',
      assignmentId: data.assignmentId,
      participantId: data.participantId,
      to: data.rater.email,
      closesAt: data.battery.closesAt,
      ...renderInvitation(data),
    }));
    this.emails('evaluation.reminder', ({ event: { data } }) => ({
      kind: 'reminder',
      assignmentId: data.assignmentId,
      participantId: data.participantId,
      to: data.rater.email,
      closesAt: data.battery.closesAt,
      ...renderReminder(data),
    }));
    this.emails('evaluation.submitted', ({ event: { data } }) => ({
      kind: 'submission_confirmation',
      assignmentId: data.assignmentId,
      participantId: data.participantId,
      to: data.rater.email,
      closesAt: null,
      ...renderSubmissionConfirmation(data),
    }));
    this.emails('evaluation.completed', ({ event: { data } }) => ({
      kind: 'report_ready',
      assignmentId: null,
      participantId: data.participantId,
      to: data.participant.email,
      closesAt: null,
      ...renderReportReady(data),
    }));
  }

  private emails<K extends RoutingKey>(routingKey: K, emailFor: EmailFor<K>): void {
    this.consumer.onGroup(routingKey, (events, manager) =>
      this.deliveries.record(
        manager,
        events.map((received) => ({
          sourceEventId: received.event.id,
          correlationId: received.correlationId,
          ...emailFor(received),
        })),
      ),
    );
  }
}
