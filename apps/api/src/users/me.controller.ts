import { Body, Controller, Delete, Get, HttpCode, Inject, Patch, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { changePasswordSchema, updateProfileSchema, type ChangePasswordInput, type MeView, type UpdateProfileInput } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { validate } from '../common/zod-pipe.js';
import { ApiInput } from '../common/openapi.js';
import { AuthService } from '../auth/auth.service.js';
import { CurrentUser, type AuthenticatedRequest } from '../auth/current-user.js';
import { clearSessionCookie } from '../auth/session-cookie.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

@ApiTags('me')
@Controller('api/me')
export class MeController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly users: UsersService,
    private readonly auth: AuthService,
  ) {}

  @Get()
  me(@CurrentUser() user: UserEntity): MeView {
    return this.users.me(user);
  }

  @Patch()
  @ApiInput(updateProfileSchema)
  update(@CurrentUser() user: UserEntity, @Body(validate(updateProfileSchema)) body: UpdateProfileInput): Promise<MeView> {
    return this.users.updateProfile(user, body);
  }

  @Post('password')
  @HttpCode(204)
  @ApiInput(changePasswordSchema)
  async changePassword(@CurrentUser() user: UserEntity, @Body(validate(changePasswordSchema)) body: ChangePasswordInput, @Req() req: AuthenticatedRequest): Promise<void> {
    await this.auth.changePassword(user, body, req.sessionTokenHash ?? '');
  }

  @Get('export')
  async export(@CurrentUser() user: UserEntity, @Res({ passthrough: true }) res: Response): Promise<Record<string, unknown>> {
    res.setHeader('Content-Disposition', 'attachment; filename="mijn-gegevens.json"');
    return this.users.exportPersonalData(user);
  }

  @Delete()
  @HttpCode(204)
  async delete(@CurrentUser() user: UserEntity, @Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    await this.users.deleteAccount(user);
    clearSessionCookie(res, req, this.config);
  }
}
