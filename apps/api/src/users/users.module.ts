import { Module } from '@nestjs/common';
import { TypeOrmModule } from '@nestjs/typeorm';
import { AuthModule } from '../auth/auth.module.js';
import { UserEntity } from './user.entity.js';
import { UsersService } from './users.service.js';
import { MeController } from './me.controller.js';
import { AdminUsersController } from './admin-users.controller.js';
import { DeletedUsersController } from './deleted-users.controller.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity]), AuthModule],
  controllers: [MeController, AdminUsersController, DeletedUsersController],
  providers: [UsersService],
  exports: [UsersService],
})
export class UsersModule {}
