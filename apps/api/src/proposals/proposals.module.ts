import { Module } from '@nestjs/common';
import { CommunitiesModule } from '../communities/communities.module.js';
import { ProposalsController } from './proposals.controller.js';
import { ProposalsService } from './proposals.service.js';

/** Members shape the agenda: proposals, supports, comments, scheduling from a proposal (issue 14). */
@Module({
  imports: [CommunitiesModule],
  controllers: [ProposalsController],
  providers: [ProposalsService],
  exports: [ProposalsService],
})
export class ProposalsModule {}
