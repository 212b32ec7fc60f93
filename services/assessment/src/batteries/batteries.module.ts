import { Module } from '@nestjs/common';
import { BatteriesController } from './batteries.controller.js';
import { BatteriesService } from './batteries.service.js';
import { BatteryCounts } from './battery-counts.js';
import { BatteryLookup } from './battery-lookup.js';

/**
 * Batteries and their instruments. Needs the global AuditModule. Exports `BatteryLookup` for the features
 * that attach participants and links to a battery.
 */
@Module({
  controllers: [BatteriesController],
  providers: [BatteriesService, BatteryLookup, BatteryCounts],
  exports: [BatteryLookup],
})
export class BatteriesModule {}
