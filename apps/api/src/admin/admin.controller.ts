import { Body, Controller, Get, HttpCode, Param, Post, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import {
  adminCommunityQuerySchema,
  appointFacilitatorSchema,
  auditQuerySchema,
  createReportSchema,
  deactivateUserSchema,
  hideReportedSchema,
  idSchema,
  reportListQuerySchema,
  type AdminCommunityQuery,
  type AdminCommunityView,
  type AppointFacilitatorInput,
  type AuditPage,
  type AuditQuery,
  type CreateReportInput,
  type DeactivateUserInput,
  type HideReportedInput,
  type PlatformUserView,
  type ReportListQuery,
  type ReportView,
} from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput, ApiQueryInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import type { UserEntity } from '../users/user.entity.js';
import { AdminService } from './admin.service.js';
import { ReportsService } from './reports.service.js';

/** The administration and moderation console (platform administrators). People search and platform roles: `users/admin-users.controller.ts`. */
@ApiTags('admin')
@Controller('api/admin')
export class AdminController {
  constructor(
    private readonly admin: AdminService,
    private readonly reports: ReportsService,
  ) {}

  @Post('users/:id/deactivate')
  @HttpCode(200)
  @ApiInput(deactivateUserSchema)
  deactivate(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string, @Body(validate(deactivateUserSchema)) body: DeactivateUserInput): Promise<PlatformUserView> {
    return this.admin.deactivate(user, id, body);
  }

  @Post('users/:id/reactivate')
  @HttpCode(200)
  reactivate(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string): Promise<PlatformUserView> {
    return this.admin.reactivate(user, id);
  }

  @Get('communities')
  @ApiQueryInput(adminCommunityQuerySchema)
  communities(@CurrentUser() user: UserEntity, @Query(validate(adminCommunityQuerySchema)) query: AdminCommunityQuery): Promise<AdminCommunityView[]> {
    return this.admin.communities(user, query.q);
  }

  @Post('communities/:id/facilitators')
  @HttpCode(200)
  @ApiInput(appointFacilitatorSchema)
  appoint(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string, @Body(validate(appointFacilitatorSchema)) body: AppointFacilitatorInput): Promise<AdminCommunityView> {
    return this.admin.appointFacilitator(user, id, body.userId);
  }

  @Post('communities/:id/archive')
  @HttpCode(200)
  archive(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string): Promise<AdminCommunityView> {
    return this.admin.setArchived(user, id, true);
  }

  @Post('communities/:id/unarchive')
  @HttpCode(200)
  unarchive(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string): Promise<AdminCommunityView> {
    return this.admin.setArchived(user, id, false);
  }

  @Get('reports')
  @ApiQueryInput(reportListQuerySchema)
  reportQueue(@CurrentUser() user: UserEntity, @Query(validate(reportListQuerySchema)) query: ReportListQuery): Promise<ReportView[]> {
    return this.reports.list(user, query.status);
  }

  @Post('reports/:id/hide')
  @HttpCode(200)
  @ApiInput(hideReportedSchema)
  hide(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string, @Body(validate(hideReportedSchema)) body: HideReportedInput): Promise<{ mailed: boolean }> {
    return this.reports.hide(user, id, body);
  }

  @Post('reports/:id/dismiss')
  @HttpCode(204)
  dismiss(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) id: string): Promise<void> {
    return this.reports.dismiss(user, id);
  }

  @Get('audit')
  @ApiQueryInput(auditQuerySchema)
  audit(@CurrentUser() user: UserEntity, @Query(validate(auditQuerySchema)) query: AuditQuery): Promise<AuditPage> {
    return this.admin.auditLog(user, query);
  }
}

/** The report button: questions, answers, reflections and lessons. */
@ApiTags('reports')
@Controller('api/reports')
export class ReportsController {
  constructor(private readonly reports: ReportsService) {}

  @Post()
  @ApiInput(createReportSchema)
  report(@CurrentUser() user: UserEntity, @Body(validate(createReportSchema)) body: CreateReportInput): Promise<{ id: string }> {
    return this.reports.report(user, body);
  }
}
