import { Body, Controller, Get, Param, Post } from '@nestjs/common';
import { ApiBody, ApiTags } from '@nestjs/swagger';
import { idSchema, type MethodEntryView } from '@mao/domain';
import type { Method } from '@mao/intervisie-method';
import { validate } from '../common/zod-pipe.js';
import { CurrentUser } from '../auth/current-user.js';
import { UserEntity } from '../users/user.entity.js';
import { MethodsService } from './methods.service.js';

const id = validate(idSchema);

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

  /** Body: a method definition (see libs/intervisie-method README); 422 invalid_method lists every problem. */
  @Post('communities/:id/methods')
  @ApiBody({ schema: { type: 'object', description: 'A method definition as in @mao/intervisie-method (id, version, name, description, whenToUse, roles, minGroupSize, maxGroupSize, steps).' } })
  create(@CurrentUser() user: UserEntity, @Param('id', id) communityId: string, @Body() body: unknown): Promise<MethodEntryView<Method>> {
    return this.methods.create(user, communityId, body);
  }
}
