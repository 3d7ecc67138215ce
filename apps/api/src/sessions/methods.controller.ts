import { Body, Controller, Delete, Get, Param, Post, Put, Query } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { idSchema, type MethodEntryView } from '@mao/domain';
import { z } from 'zod';
import type { Method } from '@mao/intervisie-method';
import { validate } from '../common/zod-pipe.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { MethodsService } from './methods.service.js';

const id = validate(idSchema);
/** `?basedOn=<id>`: the shared version a copy was made from (absent: none). */
const publishQuerySchema = z.object({ basedOn: idSchema.optional() }).strict();
/** A method id: a slug as in the method schema (anything else matches no method). */
const slug = validate(z.string().regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/).max(64));

@ApiTags('methods')
@Controller('api')
export class MethodsController {
  constructor(private readonly methods: MethodsService) {}

  /** The built-in methods with their steps. */
  @Get('methods')
  builtIn(): MethodEntryView<Method>[] {
    return this.methods.listBuiltIn();
  }

  /** The CoP's own methods (current version of each). */
  @Get('communities/:id/methods')
  list(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string): Promise<MethodEntryView<Method>[]> {
    return this.methods.listForCommunity(user, communityId);
  }

  /** Every version of one of the CoP's methods, newest first. */
  @Get('communities/:id/methods/:methodId/versions')
  versions(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Param('methodId', slug) methodId: string): Promise<MethodEntryView<Method>[]> {
    return this.methods.versions(user, communityId, methodId);
  }

  /** The methods CoPs share with the platform (any signed-in person may look, and copy them into a CoP). */
  @Get('methods/shared')
  shared(): Promise<MethodEntryView<Method>[]> {
    return this.methods.listShared();
  }

  /** Share the current version of one of the CoP's methods with the platform (facilitators). */
  @Put('communities/:id/methods/:methodId/shared')
  share(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Param('methodId', slug) methodId: string): Promise<MethodEntryView<Method>> {
    return this.methods.setShared(user, communityId, methodId, true);
  }

  /** Stop sharing it. */
  @Delete('communities/:id/methods/:methodId/shared')
  unshare(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Param('methodId', slug) methodId: string): Promise<MethodEntryView<Method>> {
    return this.methods.setShared(user, communityId, methodId, false);
  }

  /** Body: a method definition (see libs/intervisie-method README); 422 invalid_method lists every problem. */
  @Post('communities/:id/methods')
  @ApiBody({ schema: { type: 'object', description: 'A method definition as in @mao/intervisie-method (id, version, name, description, whenToUse, roles, minGroupSize, maxGroupSize, steps).' } })
  create(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Body() body: unknown, @Query(validate(publishQuerySchema)) query: z.infer<typeof publishQuerySchema>): Promise<MethodEntryView<Method>> {
    return this.methods.create(user, communityId, body, query.basedOn ?? null);
  }
}
