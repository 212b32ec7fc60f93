import { Module } from '@nestjs/common';
import { InvitationSender } from './invitation-sender.js';
import { InvitationsController } from './invitations.controller.js';
import { InvitationsService } from './invitations.service.js';
import { RaterAssignments } from './rater-assignments.js';

@Module({
  controllers: [InvitationsController],
  providers: [InvitationsService, InvitationSender, RaterAssignments],
  exports: [InvitationSender, RaterAssignments],
})
export class InvitationsModule {}
