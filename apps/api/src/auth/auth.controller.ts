import { Body, Controller, Get, HttpCode, Inject, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Request, Response } from 'express';
import { loginSchema, passwordResetRequestSchema, passwordResetSchema, type LoginInput, type MeView, type PasswordResetInput, type PasswordResetRequestInput } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { validate } from '../common/zod-pipe.js';
import { ApiInput } from '../common/openapi.js';
import { toMeView } from '../users/me-view.js';
import { AuthService } from './auth.service.js';
import { DeviceCookies } from './device-cookie.js';
import { Public, type AuthenticatedRequest } from './current-user.js';
import { clearSessionCookie, setSessionCookie } from './session-cookie.js';

@ApiTags('auth')
@Controller('api/auth')
export class AuthController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly auth: AuthService,
    private readonly devices: DeviceCookies,
  ) {}

  @Public()
  @Post('login')
  @HttpCode(200)
  @ApiInput(loginSchema)
  async login(@Body(validate(loginSchema)) body: LoginInput, @Req() req: Request, @Res({ passthrough: true }) res: Response): Promise<MeView> {
    const deviceId = await this.devices.deviceFor(req.headers.cookie, body.email);
    const { user, token } = await this.auth.login(body, req.ip ?? 'unknown', deviceId);
    setSessionCookie(res, req, this.config, token);
    await this.devices.issue(res, req, this.config, body.email, deviceId);
    return toMeView(user, this.config.communityCreators);
  }

  @Public()
  @Post('logout')
  @HttpCode(204)
  async logout(@Req() req: AuthenticatedRequest, @Res({ passthrough: true }) res: Response): Promise<void> {
    if (req.sessionTokenHash && req.user) await this.auth.logout(req.user.id, req.sessionTokenHash);
    clearSessionCookie(res, req, this.config);
  }

  @Public()
  @Post('password-reset/request')
  @HttpCode(202)
  @ApiInput(passwordResetRequestSchema)
  async requestReset(@Body(validate(passwordResetRequestSchema)) body: PasswordResetRequestInput, @Req() req: Request): Promise<{ accepted: true }> {
    await this.auth.requestPasswordReset(body.email, req.ip ?? 'unknown');
    return { accepted: true };
  }

  @Public()
  @Post('password-reset')
  @HttpCode(204)
  @ApiInput(passwordResetSchema)
  async reset(@Body(validate(passwordResetSchema)) body: PasswordResetInput): Promise<void> {
    await this.auth.resetPassword(body);
  }

  /** Lets the web client tell "not logged in" apart from "server down" without a 401 in the console. */
  @Public()
  @Get('status')
  status(@Req() req: AuthenticatedRequest): { authenticated: boolean } {
    return { authenticated: Boolean(req.user) };
  }
}
