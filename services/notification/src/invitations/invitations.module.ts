import { Module } from '@nestjs/common';
import { InvitationHandler } from './invitation.handler.js';

@Module({ providers: [InvitationHandler] })
export class InvitationsModule {}
