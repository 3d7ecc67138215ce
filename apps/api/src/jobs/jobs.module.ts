import { Global, Module } from '@nestjs/common';
import { JobRunner } from './job-runner.service.js';

/** The persisted job runner; feature modules register their handlers on it at start-up. */
@Global()
@Module({ providers: [JobRunner], exports: [JobRunner] })
export class JobsModule {}
