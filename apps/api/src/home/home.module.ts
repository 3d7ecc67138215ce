import { Module } from '@nestjs/common';
import { SessionsModule } from '../sessions/sessions.module.js';
import { DigestService } from './digest.service.js';
import { HomeController } from './home.controller.js';
import { HomeService } from './home.service.js';
import { NotificationsService } from './notifications.service.js';

/** The home page ("Wat staat er voor mij klaar"), in-app notifications and the weekly digest (issue 14). */
@Module({
  imports: [SessionsModule],
  controllers: [HomeController],
  providers: [HomeService, NotificationsService, DigestService],
  exports: [HomeService],
})
export class HomeModule {}
