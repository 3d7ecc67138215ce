import { Body, Controller, Get, HttpCode, Inject, Param, Post, Req, Res } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import type { Response } from 'express';
import { acceptInvitationSchema, invitationTokenParamsSchema, type AcceptInvitationInput, type CommunityView, type InvitationPreview, type MeView } from '@mao/domain';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { validate } from '../common/zod-pipe.js';
import { ApiInput } from '../common/openapi.js';
import { Public, type AuthenticatedRequest } from '../auth/current-user.js';
import { setSessionCookie } from '../auth/session-cookie.js';
import { InvitationsService } from './invitations.service.js';

const tokenPipe = validate(invitationTokenParamsSchema.shape.token);

/** Reachable with the token alone: the token is the permission. */
@ApiTags('invitations')
@Controller('api/invitations')
export class InvitationsController {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    private readonly invitations: InvitationsService,
  ) {}

  @Public()
  @Get(':token')
  preview(@Param('token', tokenPipe) token: string): Promise<InvitationPreview> {
    return this.invitations.preview(token);
  }

  @Public()
  @Post(':token/accept')
  @HttpCode(200)
  @ApiInput(acceptInvitationSchema)
  async accept(
    @Param('token', tokenPipe) token: string,
    @Body(validate(acceptInvitationSchema)) body: AcceptInvitationInput,
    @Req() req: AuthenticatedRequest,
    @Res({ passthrough: true }) res: Response,
  ): Promise<{ community: CommunityView; me: MeView }> {
    const result = await this.invitations.accept(token, body, req.user);
    if (result.newSessionToken) setSessionCookie(res, req, this.config, result.newSessionToken);
    return { community: result.community, me: result.me };
  }
}
