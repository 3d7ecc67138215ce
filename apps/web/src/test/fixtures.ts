import type { CommunityView, InvitationPreview, InvitationView, MemberView, MeView } from '@mao/domain';

export const COP_ID = '7d7f3b5e-4c1a-4d8e-9a53-2f0c7f1b9e01';

export const facilitatorMe: MeView = {
  id: '11111111-1111-4111-8111-111111111111',
  email: 'fatima@nji.nl',
  name: 'Fatima el Amrani',
  background: 'jeugdhulp',
  organisation: 'Nederlands Jeugdinstituut',
  regionId: 'utrecht-stad',
  gemeente: 'Utrecht',
  organisationType: 'kennisinstituut',
  adviceMemberSince: null,
  locale: 'nl',
  isPlatformAdmin: false,
  platformRole: 'gespreksleider',
  canCreateCommunities: true,
  createdAt: '2026-01-05T09:00:00.000Z',
};

export const memberMe: MeView = {
  id: '22222222-2222-4222-8222-222222222222',
  email: 'joost@school.nl',
  name: 'Joost de Vries',
  background: 'onderwijs',
  organisation: 'OBS De Regenboog',
  regionId: 'twente',
  gemeente: null,
  organisationType: 'school',
  adviceMemberSince: '2026-02-02T09:00:00.000Z',
  locale: 'nl',
  isPlatformAdmin: false,
  platformRole: null,
  canCreateCommunities: false,
  createdAt: '2026-02-01T09:00:00.000Z',
};

export function community(myRole: CommunityView['myRole'], overrides: Partial<CommunityView> = {}): CommunityView {
  return {
    id: COP_ID,
    name: 'Bindende afspraken',
    description: 'Samen werken aan afspraken tussen school, zorg en gemeente.',
    themes: ['thuiszitters', 'samenwerking'],
    caseRetentionDays: 30,
    myRole,
    memberCount: 3,
    createdAt: '2026-01-10T09:00:00.000Z',
    ...overrides,
  };
}

/** Members as the api shows them: e-mail addresses only for facilitators (and oneself). */
export function members(viewer: 'facilitator' | 'member'): MemberView[] {
  const showEmail = viewer === 'facilitator';
  return [
    {
      userId: facilitatorMe.id,
      name: facilitatorMe.name,
      email: showEmail ? facilitatorMe.email : null,
      background: 'jeugdhulp',
      organisation: 'Nederlands Jeugdinstituut',
      role: 'facilitator',
      joinedAt: '2026-01-10T09:00:00.000Z',
    },
    {
      userId: memberMe.id,
      name: memberMe.name,
      email: memberMe.email,
      background: 'onderwijs',
      organisation: 'OBS De Regenboog',
      role: 'member',
      joinedAt: '2026-02-01T09:00:00.000Z',
    },
    {
      userId: '33333333-3333-4333-8333-333333333333',
      name: 'Sanne Bakker',
      email: showEmail ? 'sanne@gemeente.nl' : null,
      background: 'gemeente',
      organisation: 'Gemeente Utrecht',
      role: 'member',
      joinedAt: '2026-02-03T09:00:00.000Z',
    },
  ];
}

export const pendingInvitation: InvitationView = {
  id: '44444444-4444-4444-8444-444444444444',
  email: 'pieter@zorg.nl',
  role: 'member',
  status: 'pending',
  expiresAt: '2026-03-01T09:00:00.000Z',
  createdAt: '2026-02-15T09:00:00.000Z',
  invitedBy: facilitatorMe.id,
};

export const INVITATION_TOKEN = 'abcdefghijklmnopqrstuvwxyz012345';

export function invitationPreview(overrides: Partial<InvitationPreview> = {}): InvitationPreview {
  return {
    communityName: 'Bindende afspraken',
    email: 'nieuw@wijkteam.nl',
    role: 'member',
    expiresAt: '2026-03-01T09:00:00.000Z',
    status: 'pending',
    accountExists: false,
    ...overrides,
  };
}
