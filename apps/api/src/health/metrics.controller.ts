import { Controller, Get, HttpCode, Inject, Post } from '@nestjs/common';
import { ApiExcludeController } from '@nestjs/swagger';
import { performance } from 'node:perf_hooks';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { DomainError } from '../common/domain-error.js';
import { Public } from '../auth/current-user.js';
import { MetricsExtension } from '../collaboration/extensions/metrics.extension.js';

/**
 * Process figures for operators and the benchmark: event-loop utilisation, CPU, memory,
 * connections and the edit → durable-write lag. Off unless EXPOSE_METRICS=true, because it
 * describes the server's load to anyone who can reach it.
 */
@ApiExcludeController()
@Controller('health/metrics')
export class MetricsController {
  private eluMark = performance.eventLoopUtilization();
  private cpuMark = process.cpuUsage();
  private timeMark = performance.now();

  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly collab: MetricsExtension,
  ) {}

  @Public()
  @Get()
  metrics() {
    if (!this.config.exposeMetrics) throw new DomainError('not_found');
    const elu = performance.eventLoopUtilization(this.eluMark);
    const cpu = process.cpuUsage(this.cpuMark);
    const elapsedMs = performance.now() - this.timeMark;
    return {
      sinceReset: { elapsedMs, eventLoopUtilization: elu.utilization, cpuPercent: ((cpu.user + cpu.system) / 1000 / elapsedMs) * 100 },
      rssBytes: process.memoryUsage().rss,
      collaboration: { ...this.collab.stats, durableLagMs: this.collab.durableLagMs.percentiles() },
    };
  }

  /** Starts a new measurement window. */
  @Public()
  @Post('reset')
  @HttpCode(204)
  reset(): void {
    if (!this.config.exposeMetrics) throw new DomainError('not_found');
    this.eluMark = performance.eventLoopUtilization();
    this.cpuMark = process.cpuUsage();
    this.timeMark = performance.now();
    this.collab.durableLagMs.reset();
  }
}
