import { Module } from '@nestjs/common';
import { APP_GUARD } from '@nestjs/core';
import { TypeOrmModule } from '@nestjs/typeorm';
import { UserEntity } from '../users/user.entity.js';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { RateLimits } from '../common/rate-limits.js';
import { AuthController } from './auth.controller.js';
import { AuthService } from './auth.service.js';
import { AuthSessionEntity } from './auth-session.entity.js';
import { DeviceCookies } from './device-cookie.js';
import { LoginRateLimiter } from './login-rate-limiter.js';
import { PasswordHasher } from './passwords.js';
import { PasswordResetTokenEntity } from './password-reset-token.entity.js';
import { SessionGuard } from './session.guard.js';

@Module({
  imports: [TypeOrmModule.forFeature([UserEntity, AuthSessionEntity, PasswordResetTokenEntity])],
  controllers: [AuthController],
  providers: [
    AuthService,
    RateLimits,
    DeviceCookies,
    { provide: LoginRateLimiter, inject: [RateLimits], useFactory: (limits: RateLimits) => new LoginRateLimiter(limits) },
    { provide: PasswordHasher, inject: [APP_CONFIG], useFactory: (config: AppConfig) => new PasswordHasher(config.passwordHashing) },
    { provide: APP_GUARD, useClass: SessionGuard },
  ],
  exports: [AuthService, RateLimits, PasswordHasher],
})
export class AuthModule {}
