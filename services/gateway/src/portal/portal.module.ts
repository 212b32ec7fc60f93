import { Module } from '@nestjs/common';
import { MonitoringController } from '../monitoring/monitoring.controller.js';
import { PortalFormController } from './portal-form.controller.js';
import { ParticipantDocumentsService } from './participant-documents.service.js';
import { PortalLinkController } from './portal-link.controller.js';

/** The rater portal and Halaman Monitoring: people without accounts, reached by emailed links. */
@Module({
  controllers: [PortalLinkController, PortalFormController, MonitoringController],
  providers: [ParticipantDocumentsService],
})
export class PortalModule {}
