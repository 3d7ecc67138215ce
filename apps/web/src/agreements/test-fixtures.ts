import type { AgreementView } from '@mao/domain';
import { COP_ID } from '../test/fixtures';

export const SESSION_ONE = '11111111-1111-4111-8111-111111111111';

/** An agreement as the api sends it; dates relative to the tests' fixed now (20 November 2026). */
export function agreement(overrides: Partial<AgreementView> = {}): AgreementView {
  return {
    id: 'a1000000-0000-4000-8000-000000000001',
    communityId: COP_ID,
    session: { id: SESSION_ONE, title: 'Intervisie november', date: '2026-11-03' },
    step: { id: 'reactie', title: { nl: 'Reactie van de inbrenger', en: 'Response of the presenter' } },
    owner: { kind: 'member', userId: 'u-sanne', name: 'Sanne Bakker' },
    what: 'Belt het wijkteam over de overdracht naar het voortgezet onderwijs.',
    dueDate: '2026-11-27',
    level: 'uitvoering',
    status: 'open',
    note: null,
    createdAt: '2026-11-03T15:00:00.000Z',
    updatedAt: '2026-11-03T15:00:00.000Z',
    canUpdate: true,
    ...overrides,
  };
}

export const roleAgreement = agreement({
  id: 'a1000000-0000-4000-8000-000000000002',
  owner: { kind: 'text', text: 'de intern begeleider' },
  what: 'Zet het thuiszitten op de agenda van het zorgoverleg.',
  dueDate: '2026-11-10',
  level: 'beleid',
  canUpdate: false,
});
