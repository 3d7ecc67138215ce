import { Injectable, type CanActivate, type ExecutionContext } from '@nestjs/common';
import { Reflector } from '@nestjs/core';
import { DomainError } from '../common/domain-error.js';
import { AuthService } from './auth.service.js';
import { IS_PUBLIC, type AuthenticatedRequest } from './current-user.js';
import { readSessionToken } from './session-cookie.js';

/** Global guard: every route needs a valid session cookie unless it is marked @Public(). */
@Injectable()
export class SessionGuard implements CanActivate {
  constructor(
    private readonly reflector: Reflector,
    private readonly auth: AuthService,
  ) {}

  async canActivate(context: ExecutionContext): Promise<boolean> {
    if (context.getType() !== 'http') return true;
    const request = context.switchToHttp().getRequest<AuthenticatedRequest>();
    const found = await this.auth.userForToken(readSessionToken(request.headers.cookie));
    if (found) {
      request.user = found.user;
      request.sessionTokenHash = found.tokenHash;
    }
    const isPublic = this.reflector.getAllAndOverride<boolean>(IS_PUBLIC, [context.getHandler(), context.getClass()]);
    if (!isPublic && !found) throw new DomainError('unauthenticated');
    return true;
  }
}
