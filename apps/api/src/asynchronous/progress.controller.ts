import { Controller, Get, Param } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { idSchema, type StepProgressView } from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { ProgressService } from './progress.service.js';

@ApiTags('sessions')
@Controller('api')
export class ProgressController {
  constructor(private readonly progress: ProgressService) {}

  /** Who has contributed to the step the session is at (participants only). */
  @Get('sessions/:id/progress')
  get(@CurrentUser() user: UserEntity, @Param('id', validate(idSchema)) sessionId: string): Promise<StepProgressView> {
    return this.progress.progress(user, sessionId);
  }
}
