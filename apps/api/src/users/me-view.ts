import { canCreateCommunity, type CommunityCreationPolicy, type MeView } from '@mao/domain';
import type { UserEntity } from './user.entity.js';

/** `policy`: who may create CoPs on this platform (config.communityCreators). */
export function toMeView(user: UserEntity, policy: CommunityCreationPolicy): MeView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    background: user.background,
    organisation: user.organisation,
    regionId: user.regionId,
    gemeente: user.gemeente,
    organisationType: user.organisationType,
    adviceMemberSince: user.adviceMemberSince?.toISOString() ?? null,
    locale: user.locale,
    isPlatformAdmin: user.isPlatformAdmin,
    platformRole: user.platformRole,
    canCreateCommunities: canCreateCommunity(user, policy),
    createdAt: user.createdAt.toISOString(),
  };
}
