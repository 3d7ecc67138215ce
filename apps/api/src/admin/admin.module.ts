import { Module } from '@nestjs/common';
import { LessonsModule } from '../lessons/lessons.module.js';
import { QuestionsModule } from '../questions/questions.module.js';
import { AdminController, ReportsController } from './admin.controller.js';
import { AdminService } from './admin.service.js';
import { ReportsService } from './reports.service.js';

/** Administration and moderation console: people, CoPs, reported content, audit. */
@Module({
  imports: [LessonsModule, QuestionsModule],
  controllers: [AdminController, ReportsController],
  providers: [AdminService, ReportsService],
})
export class AdminModule {}
