import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { PortalController } from './portal.controller.js';
import { PortalService } from './portal.service.js';
import { SubmissionService } from './submission.service.js';

@Module({
  imports: [InvitationsModule],
  controllers: [PortalController],
  providers: [PortalService, SubmissionService],
})
export class PortalModule {}
