import { createParamDecorator, SetMetadata, type ExecutionContext } from '@nestjs/common';
import type { Request } from 'express';
import type { UserEntity } from '../users/user.entity.js';

/** The authenticated user of a request, set by the session guard. */
export interface AuthenticatedRequest extends Request {
  user?: UserEntity;
  sessionTokenHash?: string;
}

export const CurrentUser = createParamDecorator((_data: unknown, ctx: ExecutionContext): UserEntity => {
  const user = ctx.switchToHttp().getRequest<AuthenticatedRequest>().user;
  if (!user) throw new Error('CurrentUser used on a public route');
  return user;
});

export const IS_PUBLIC = 'isPublic';
/** Marks a route that needs no login (login itself, invitation preview, health...). */
export const Public = () => SetMetadata(IS_PUBLIC, true);
