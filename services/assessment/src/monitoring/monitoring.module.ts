import { Module } from '@nestjs/common';
import { InvitationsModule } from '../invitations/invitations.module.js';
import { MonitoringController } from './monitoring.controller.js';
import { MonitoringService } from './monitoring.service.js';

@Module({ imports: [InvitationsModule], controllers: [MonitoringController], providers: [MonitoringService] })
export class MonitoringModule {}
