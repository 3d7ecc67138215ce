import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity.js';
import { REDIS, type RedisConnection } from '../config/redis.provider.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PasswordResetTokenEntity } from './password-reset-token.entity.js';
import { SessionGuard } from './session.guard.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, AuthSessionEntity, PasswordResetTokenEntity])],
  controllers: [AuthController],
  providers: [
    AuthService,
    { provide: LoginRateLimiter, inject: [REDIS], useFactory: (redis: RedisConnection) => new LoginRateLimiter(redis ?? undefined) },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService],
})
export class AuthModule {}
