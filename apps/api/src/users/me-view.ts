import type { MeView } from '@mao/domain';
import type { UserEntity } from './user.entity.js';

export function toMeView(user: UserEntity): MeView {
  return {
    id: user.id,
    email: user.email,
    name: user.name,
    background: user.background,
    organisation: user.organisation,
    locale: user.locale,
    isPlatformAdmin: user.isPlatformAdmin,
    createdAt: user.createdAt.toISOString(),
  };
}
