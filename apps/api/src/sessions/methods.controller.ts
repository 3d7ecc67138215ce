import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { idSchema, type MethodEntryView } from '@mao/domain';
import { z } from 'zod';
import type { Method } from '@mao/intervisie-method';
import { validate } from '../common/zod-pipe.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { MethodsService } from './methods.service.js';

const id = validate(idSchema);
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

  /** Body: a method definition (see libs/intervisie-method README); 422 invalid_method lists every problem. */
  @Post('communities/:id/methods')
  @ApiBody({ schema: { type: 'object', description: 'A method definition as in @mao/intervisie-method (id, version, name, description, whenToUse, roles, minGroupSize, maxGroupSize, steps).' } })
  create(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Body() body: unknown): Promise<MethodEntryView<Method>> {
    return this.methods.create(user, communityId, body);
  }
}
