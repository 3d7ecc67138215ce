import { Controller, Get, Query } from '@nestjs/common';
import { ApiTags } from '@nestjs/swagger';
import { z } from 'zod';
import { idSchema } from '@mao/domain';
import { validate } from '../common/zod-pipe.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';

/** `?ids=<uuid>,<uuid>` (at most 200): the board author ids the live room does not find on its roster. */
export const deletedUsersQuerySchema = z.strictObject({
  ids: z
    .string()
    .max(200 * 37)
    .transform((value) => value.split(',').filter(Boolean))
    .pipe(z.array(idSchema).max(200)),
});

/**
 * Boards store user ids, never names; the live room takes names from its roster, and a deleted
 * account is on no roster. This tells the room which of the ids it cannot name are deleted
 * accounts, so their entries read "verwijderd lid" rather than "Deelnemer". It answers only
 * "deleted or not" — no name, nothing about accounts that exist.
 */
@ApiTags('users')
@Controller('api/users/deleted')
export class DeletedUsersController {
  constructor(private readonly users: UsersService) {}

  @Get()
  async deleted(@CurrentUser() _user: UserEntity, @Query(validate(deletedUsersQuerySchema)) query: { ids: string[] }): Promise<{ ids: string[] }> {
    return { ids: await this.users.deletedAmong(query.ids) };
  }
}
