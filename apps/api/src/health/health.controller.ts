import { Controller, Get, HttpCode, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import type { Response } from 'express';
import { Public } from '../auth/current-user.js';

@ApiTags('health')
@Controller('health')
export class HealthController {
  /** Migrations never un-apply while the process runs: once all are applied, stop asking. */
  private migrationsApplied = false;

  constructor(private readonly dataSource: DataSource) {}

  /** The process is up. */
  @Public()
  @Get('live')
  @HttpCode(200)
  live(): { status: 'ok' } {
    return { status: 'ok' };
  }

  /** Ready for traffic: the database answers and no migration is pending. */
  @Public()
  @Get('ready')
  async ready(@Res({ passthrough: true }) res: Response): Promise<{ status: 'ok' | 'unavailable'; database: boolean; migrations: boolean }> {
    let database = false;
    let migrations = false;
    try {
      await this.dataSource.query('SELECT 1');
      database = true;
      this.migrationsApplied ||= !(await this.dataSource.showMigrations());
      migrations = this.migrationsApplied;
    } catch {
      // reported below as not ready
    }
    const ok = database && migrations;
    res.status(ok ? 200 : 503);
    return { status: ok ? 'ok' : 'unavailable', database, migrations };
  }
}
