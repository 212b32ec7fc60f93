import { Module } from '@nestjs/common';
import { AuditController } from '../audit/audit.controller.js';
import { CampaignController } from './campaign.controller.js';
import { ImportsController } from './imports.controller.js';
import { ParticipantsController } from './participants.controller.js';

/** The console's participant dataset, campaign actions and audit log. */
@Module({ controllers: [ImportsController, ParticipantsController, CampaignController, AuditController] })
export class ParticipantsModule {}
