import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';
import { MetricsController } from './metrics.controller.js';

/** MetricsExtension comes from the (global) collaboration module. */
@Module({ controllers: [HealthController, MetricsController] })
export class HealthModule {}
