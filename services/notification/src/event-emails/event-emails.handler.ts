import { Injectable, type OnModuleInit } from '@nestjs/common';
import { EventConsumer } from '@evkin/platform';
import { DeliveriesService } from '../deliveries/deliveries.service.js';
import { renderInvitation } from '../templates/invitation.js';
import { renderReminder } from '../templates/reminder.js';
import { renderReportReady } from '../templates/report-ready.js';
import { renderSubmissionConfirmation } from '../templates/submission-confirmation.js';

/**
 * Which event owes whom which email. Each becomes one delivery, however often the event is
 * delivered: the delivery id is the email kind plus the event id. Invitations and reminders carry
 * the battery's closing time, after which they are not sent.
 */
@Injectable()
export class EventEmailsHandler implements OnModuleInit {
  constructor(
    private readonly consumer: EventConsumer,
    private readonly deliveries: DeliveriesService,
  ) {}

  onModuleInit(): void {
    this.consumer.on('evaluation.invited', ({ id, data }, manager) =>
      this.deliveries.record(manager, {
        sourceEventId: id,
        kind: 'invitation',
        assignmentId: data.assignmentId,
        participantId: data.participantId,
        to: data.rater.email,
        closesAt: data.battery.closesAt,
        ...renderInvitation(data),
      }),
    );
    this.consumer.on('evaluation.reminder', ({ id, data }, manager) =>
      this.deliveries.record(manager, {
        sourceEventId: id,
        kind: 'reminder',
        assignmentId: data.assignmentId,
        participantId: data.participantId,
        to: data.rater.email,
        closesAt: data.battery.closesAt,
        ...renderReminder(data),
      }),
    );
    this.consumer.on('evaluation.submitted', ({ id, data }, manager) =>
      this.deliveries.record(manager, {
        sourceEventId: id,
        kind: 'submission_confirmation',
        assignmentId: data.assignmentId,
        participantId: data.participantId,
        to: data.rater.email,
        closesAt: null,
        ...renderSubmissionConfirmation(data),
      }),
    );
    this.consumer.on('evaluation.completed', ({ id, data }, manager) =>
      this.deliveries.record(manager, {
        sourceEventId: id,
        kind: 'report_ready',
        assignmentId: null,
        participantId: data.participantId,
        to: data.participant.email,
        closesAt: null,
        ...renderReportReady(data),
      }),
    );
  }
}
