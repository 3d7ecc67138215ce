import { Body, Controller, Get, HttpCode, Param, Patch, Post, Query, Res, StreamableFile } from '@nestjs/common';
import { ApiProduces, ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import {
  createActionPerspectiveSchema,
  createReflectionSchema,
  discardLessonSchema,
  idSchema,
  lessonExportQuerySchema,
  lessonFiltersSchema,
  lessonListQuerySchema,
  linkActionPerspectiveSchema,
  mergeLessonsSchema,
  publishLessonSchema,
  updateLessonSchema,
  type ActionPerspectiveView,
  type CreateActionPerspectiveInput,
  type CreateReflectionInput,
  type DiscardLessonInput,
  type LessonDetail,
  type LessonExportQuery,
  type LessonFilters,
  type LessonListQuery,
  type LessonPage,
  type LinkActionPerspectiveInput,
  type MergeLessonsInput,
  type PublishLessonInput,
  type ReflectiekaderOverview,
  type ReflectionView,
  type SessionHarvestView,
  type UpdateLessonInput,
} from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput, ApiQueryInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { LessonsService } from './lessons.service.js';
import { LessonReportsService, type FileResult } from './lesson-reports.service.js';
import { ActionPerspectivesService } from './action-perspectives.service.js';

const id = validate(idSchema);

/** A download: text bodies are sent as they are, binary ones (PDF) as a stream (Nest would JSON-encode a Buffer). */
function sendFile(res: Response, file: FileResult): string | StreamableFile {
  res.setHeader('Content-Type', file.contentType);
  res.setHeader('Content-Disposition', `attachment; filename="${file.fileName}"`);
  res.setHeader('Cache-Control', 'private, no-store');
  return typeof file.body === 'string' ? file.body : new StreamableFile(file.body, { type: file.contentType, length: file.body.length });
}

/** The lessons library: list and search, overview, exports, a lesson in context, review and reflections. */
@ApiTags('lessons')
@Controller('api/lessons')
export class LessonsController {
  constructor(
    private readonly lessons: LessonsService,
    private readonly reports: LessonReportsService,
    private readonly perspectives: ActionPerspectivesService,
  ) {}

  /** Filters (element, indicator, CoP, method, theme, period, visibility), `q` Dutch full-text search (web-search syntax), paginated. */
  @Get()
  @ApiQueryInput(lessonListQuerySchema)
  list(@CurrentUser() user: UserEntity, @Query(validate(lessonListQuerySchema)) query: LessonListQuery): Promise<LessonPage> {
    return this.lessons.list(user, query);
  }

  /** Counts per werkzaam element, indicator and month for the same filters. */
  @Get('overview')
  @ApiQueryInput(lessonFiltersSchema)
  overview(@CurrentUser() user: UserEntity, @Query(validate(lessonFiltersSchema)) query: LessonFilters): Promise<ReflectiekaderOverview> {
    return this.lessons.overview(user, query);
  }

  /** The filtered set as Markdown (grouped by werkzaam element) or CSV (RFC 4180, UTF-8 with BOM). */
  @Get('export')
  @ApiQueryInput(lessonExportQuerySchema)
  @ApiProduces('text/markdown', 'text/csv')
  async export(@CurrentUser() user: UserEntity, @Query(validate(lessonExportQuerySchema)) query: LessonExportQuery, @Res({ passthrough: true }) res: Response): Promise<string | StreamableFile> {
    return sendFile(res, await this.reports.export(user, query));
  }

  /** 404 when the lesson does not exist or the user may not see it. */
  @Get(':id')
  get(@CurrentUser() user: UserEntity, @Param('id', id) lessonId: string): Promise<LessonDetail> {
    return this.lessons.detail(user, lessonId);
  }

  /** Reviewers: edit text, tags, themes. 422 privacy_findings when the text identifies someone. */
  @Patch(':id')
  @ApiInput(updateLessonSchema)
  update(@CurrentUser() user: UserEntity, @Param('id', id) lessonId: string, @Body(validate(updateLessonSchema)) body: UpdateLessonInput): Promise<LessonDetail> {
    return this.lessons.update(user, lessonId, body);
  }

  /** Reviewers: fold another draft of the same session into this one (texts joined, tags unioned). */
  @Post(':id/merge')
  @HttpCode(200)
  @ApiInput(mergeLessonsSchema)
  merge(@CurrentUser() user: UserEntity, @Param('id', id) lessonId: string, @Body(validate(mergeLessonsSchema)) body: MergeLessonsInput): Promise<LessonDetail> {
    return this.lessons.merge(user, lessonId, body);
  }

  /** Reviewers: publish for the CoP or the whole platform (also changes the visibility later). */
  @Post(':id/publish')
  @HttpCode(200)
  @ApiInput(publishLessonSchema)
  publish(@CurrentUser() user: UserEntity, @Param('id', id) lessonId: string, @Body(validate(publishLessonSchema)) body: PublishLessonInput): Promise<LessonDetail> {
    return this.lessons.publish(user, lessonId, body);
  }

  /** Reviewers: set a draft aside or withdraw a published lesson. */
  @Post(':id/discard')
  @HttpCode(200)
  @ApiInput(discardLessonSchema)
  discard(@CurrentUser() user: UserEntity, @Param('id', id) lessonId: string, @Body(validate(discardLessonSchema)) body: DiscardLessonInput): Promise<LessonDetail> {
    return this.lessons.discard(user, lessonId, body);
  }

  /** CoP lessons: the CoP's members; platform lessons: everyone logged in. */
  @Post(':id/reflections')
  @ApiInput(createReflectionSchema)
  reflect(@CurrentUser() user: UserEntity, @Param('id', id) lessonId: string, @Body(validate(createReflectionSchema)) body: CreateReflectionInput): Promise<ReflectionView> {
    return this.perspectives.reflect(user, lessonId, body);
  }
}

/** A session's harvest: its lessons for review and the PDF report. */
@ApiTags('lessons')
@Controller('api/sessions/:id')
export class SessionLessonsController {
  constructor(
    private readonly lessons: LessonsService,
    private readonly reports: LessonReportsService,
  ) {}

  @Get('lessons')
  list(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string): Promise<SessionHarvestView> {
    return this.lessons.forSession(user, sessionId);
  }

  @Get('harvest.pdf')
  @ApiProduces('application/pdf')
  async pdf(@CurrentUser() user: UserEntity, @Param('id', id) sessionId: string, @Res({ passthrough: true }) res: Response): Promise<string | StreamableFile> {
    return sendFile(res, await this.reports.harvestReport(user, sessionId));
  }
}

/** Action perspectives (handelingsperspectieven): created in a CoP, linked to lessons. */
@ApiTags('lessons')
@Controller('api')
export class ActionPerspectivesController {
  constructor(private readonly perspectives: ActionPerspectivesService) {}

  @Post('communities/:id/action-perspectives')
  @ApiInput(createActionPerspectiveSchema)
  create(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Body(validate(createActionPerspectiveSchema)) body: CreateActionPerspectiveInput): Promise<ActionPerspectiveView> {
    return this.perspectives.create(user, communityId, body);
  }

  @Get('communities/:id/action-perspectives')
  list(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string): Promise<ActionPerspectiveView[]> {
    return this.perspectives.listForCommunity(user, communityId);
  }

  @Get('action-perspectives/:id')
  get(@CurrentUser() user: UserEntity, @Param('id', id) perspectiveId: string): Promise<ActionPerspectiveView> {
    return this.perspectives.get(user, perspectiveId);
  }

  @Post('action-perspectives/:id/lessons')
  @HttpCode(200)
  @ApiInput(linkActionPerspectiveSchema)
  link(@CurrentUser() user: UserEntity, @Param('id', id) perspectiveId: string, @Body(validate(linkActionPerspectiveSchema)) body: LinkActionPerspectiveInput): Promise<ActionPerspectiveView> {
    return this.perspectives.addLessons(user, perspectiveId, body);
  }
}
