import { Global, Module } from '@nestjs/common';
import { AccessChanges } from './access-changes.js';

/** Global: any use case can announce an access change; the live and collaboration features listen. */
@Global()
@Module({ providers: [AccessChanges], exports: [AccessChanges] })
export class AccessChangesModule {}
