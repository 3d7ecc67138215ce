import { Body, Controller, Get, Param, Put, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { idSchema, platformUserQuerySchema, setPlatformRoleSchema, type PlatformUserQuery, type PlatformUserView, type SetPlatformRoleInput } from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { ApiInput } from '../common/openapi.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

/** Platform administration: appoint gespreksleiders (who may create CoPs). Administrators only. */
@ApiTags('admin')
@Controller('api/admin/users')
export class AdminUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  list(@CurrentUser() admin: UserEntity, @Query(validate(platformUserQuerySchema)) query: PlatformUserQuery): Promise<PlatformUserView[]> {
    return this.users.listForAdmin(admin, query.q);
  }

  @Put(':id/platform-role')
  @ApiInput(setPlatformRoleSchema)
  setPlatformRole(@CurrentUser() admin: UserEntity, @Param('id', validate(idSchema)) userId: string, @Body(validate(setPlatformRoleSchema)) body: SetPlatformRoleInput): Promise<PlatformUserView> {
    return this.users.setPlatformRole(admin, userId, body);
  }
}
