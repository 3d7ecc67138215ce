import { Module } from '@nestjs/common';
import { CommunitiesModule } from '../communities/communities.module.js';
import { LiveModule } from '../live/live.module.js';
import { ActionPerspectivesController, LessonsController, SessionLessonsController } from './lessons.controller.js';
import { LessonsService } from './lessons.service.js';
import { LessonReportsService } from './lesson-reports.service.js';
import { ActionPerspectivesService } from './action-perspectives.service.js';
import { HarvestService } from './harvest.service.js';
import { LessonNameSettingController, LessonNameSettingService } from './lesson-name-setting.js';

/** Harvested lessons: from the harvest board to a searchable library ordered by the reflectiekader. */
@Module({
  // CollabServer comes from the global collaboration module (registered in app.module.ts).
  imports: [CommunitiesModule, LiveModule],
  controllers: [LessonsController, SessionLessonsController, ActionPerspectivesController, LessonNameSettingController],
  providers: [LessonsService, LessonReportsService, ActionPerspectivesService, HarvestService, LessonNameSettingService],
  exports: [LessonsService, HarvestService],
})
export class LessonsModule {}
