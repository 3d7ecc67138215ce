import { Inject, Injectable } from '@nestjs/common';
import { DataSource } from 'typeorm';
import type { Logger } from 'pino';
import { APP_CONFIG, type AppConfig } from '../config/config.js';
import { LOGGER } from '../common/logger.js';
import { hashPassword } from '../auth/passwords.js';
import { UserEntity } from '../users/user.entity.js';
import { CommunityEntity } from '../communities/community.entity.js';
import { MembershipEntity } from '../communities/membership.entity.js';
import { DEMO_COMMUNITY, DEMO_PASSWORD, DEMO_PEOPLE } from './demo-data.js';

/** Boot-time data: the platform administrator from the environment, and the demo on an empty database. */
@Injectable()
export class SeedService {
  constructor(
    @Inject(APP_CONFIG) private readonly config: AppConfig,
    @Inject(LOGGER) private readonly logger: Logger,
    private readonly dataSource: DataSource,
  ) {}

  async run(): Promise<void> {
    const empty = (await this.dataSource.getRepository(UserEntity).count()) === 0;
    await this.ensureAdmin();
    if (empty && this.config.seedDemo) await this.seedDemo();
  }

  private async ensureAdmin(): Promise<void> {
    const admin = this.config.admin;
    if (!admin) return;
    const users = this.dataSource.getRepository(UserEntity);
    const existing = await users.findOne({ where: { email: admin.email } });
    const passwordHash = await hashPassword(admin.password);
    if (existing) {
      await users.update({ id: existing.id }, { isPlatformAdmin: true, passwordHash, deletedAt: null });
    } else {
      await users.insert({ email: admin.email, name: 'Beheerder', passwordHash, isPlatformAdmin: true });
    }
    this.logger.info({ email: admin.email }, 'platform administrator ensured');
  }

  private async seedDemo(): Promise<void> {
    const passwordHash = await hashPassword(DEMO_PASSWORD);
    await this.dataSource.transaction(async (tx) => {
      const people = [];
      for (const person of DEMO_PEOPLE) {
        const user = await tx.save(UserEntity, tx.create(UserEntity, { email: person.email, name: person.name, background: person.background, organisation: person.organisation, passwordHash }));
        people.push({ user, role: person.role });
      }
      const facilitator = people.find((p) => p.role === 'facilitator');
      const community = await tx.save(CommunityEntity, tx.create(CommunityEntity, { ...DEMO_COMMUNITY, caseRetentionDays: 30, createdBy: facilitator?.user.id ?? null }));
      for (const { user, role } of people) {
        await tx.insert(MembershipEntity, { communityId: community.id, userId: user.id, role });
      }
    });
    this.logger.info({ community: DEMO_COMMUNITY.name, people: DEMO_PEOPLE.length }, 'demo data seeded');
  }
}
