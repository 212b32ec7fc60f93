import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { ParticipantsController } from './participants.controller.js';
import { ParticipantsService } from './participants.service.js';
import { ProgressService } from './progress.service.js';

@Module({
  imports: [InvitationsModule],
  controllers: [ParticipantsController],
  providers: [ParticipantsService, ProgressService],
})
export class ParticipantsModule {}
