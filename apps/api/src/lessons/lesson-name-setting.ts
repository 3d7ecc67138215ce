import { Body, Controller, Get, Injectable, Put } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { DataSource } from 'typeorm';
import { lessonNameSettingSchema, type LessonNameSettingInput, type LessonNameSettingView } from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { AuditService } from '../audit/audit.service.js';
import { UserEntity } from '../users/user.entity.js';

/**
 * A parent's choice whether their name is shown on platform-wide lessons (issue 15). No row means
 * "no": the lesson shows "een ouder" (see `AUTHOR_DISPLAY_SQL` in lesson-rows.ts). Always the
 * logged-in person's own setting; registered in users/personal-data.ts.
 */
@Injectable()
export class LessonNameSettingService {
  constructor(
    private readonly dataSource: DataSource,
    private readonly audit: AuditService,
  ) {}

  async get(user: UserEntity): Promise<LessonNameSettingView> {
    const [row]: Array<{ show_on_platform: boolean }> = await this.dataSource.query(`SELECT show_on_platform FROM lesson_name_settings WHERE user_id = $1`, [user.id]);
    return { showNameOnPlatformLessons: row?.show_on_platform ?? false, appliesToMe: user.background === 'ouder' };
  }

  async set(user: UserEntity, input: LessonNameSettingInput): Promise<LessonNameSettingView> {
    await this.dataSource.transaction(async (tx) => {
      await tx.query(
        `INSERT INTO lesson_name_settings (user_id, show_on_platform, updated_at) VALUES ($1, $2, now())
         ON CONFLICT (user_id) DO UPDATE SET show_on_platform = EXCLUDED.show_on_platform, updated_at = now()`,
        [user.id, input.showNameOnPlatformLessons],
      );
      await this.audit.record({ actorId: user.id, action: 'user.lesson_name_setting', subjectType: 'user', subjectId: user.id, details: { show: input.showNameOnPlatformLessons } }, tx);
    });
    return this.get(user);
  }
}

@ApiTags('lessons')
@Controller('api/me/lesson-name-setting')
export class LessonNameSettingController {
  constructor(private readonly settings: LessonNameSettingService) {}

  @Get()
  get(@CurrentUser() user: UserEntity): Promise<LessonNameSettingView> {
    return this.settings.get(user);
  }

  @Put()
  @ApiInput(lessonNameSettingSchema)
  set(@CurrentUser() user: UserEntity, @Body(validate(lessonNameSettingSchema)) body: LessonNameSettingInput): Promise<LessonNameSettingView> {
    return this.settings.set(user, body);
  }
}
