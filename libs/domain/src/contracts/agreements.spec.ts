import { describe, expect, it } from 'vitest';
import { agreementListQuerySchema, createAgreementSchema, mayUpdateAgreement, updateAgreementSchema } from './agreements.js';

const valid = { stepId: 'reactie', ownerText: 'de intern begeleider', what: 'Belt met het wijkteam over de overdracht.', dueDate: '2027-02-01', level: 'uitvoering' };
const member = '6f1d7a3e-2b9c-4c1e-9f7a-1a2b3c4d5e6f';

describe('agreement contracts', () => {
  it('accepts a member or a role as text, exactly one of both', () => {
    expect(createAgreementSchema.safeParse(valid).success).toBe(true);
    expect(createAgreementSchema.safeParse({ ...valid, ownerText: undefined, ownerUserId: member }).success).toBe(true);
    expect(createAgreementSchema.safeParse({ ...valid, ownerUserId: member }).success).toBe(false);
    expect(createAgreementSchema.safeParse({ ...valid, ownerText: null }).success).toBe(false);
  });

  it.each<[string, Record<string, unknown>]>([
    ['an unknown level', { level: 'team' }],
    ['a due date that is no date', { dueDate: '1 februari' }],
    ['an empty what', { what: '  ' }],
    ['a NUL in the text', { what: 'Bel\u0000len' }],
    ['an owner text over two lines', { ownerText: 'de intern\nbegeleider' }],
    ['an unknown field', { status: 'gedaan' }],
  ])('refuses %s', (_name, change) => {
    expect(createAgreementSchema.safeParse({ ...valid, ...change }).success).toBe(false);
  });

  it('updates status or note, at least one', () => {
    expect(updateAgreementSchema.safeParse({ status: 'gedaan' }).success).toBe(true);
    expect(updateAgreementSchema.safeParse({ note: null }).success).toBe(true);
    expect(updateAgreementSchema.safeParse({}).success).toBe(false);
    expect(updateAgreementSchema.safeParse({ status: 'klaar' }).success).toBe(false);
    expect(agreementListQuerySchema.safeParse({ status: 'active' }).success).toBe(true);
  });

  it('lets the owner, the CoP facilitators and the session facilitator and inbrenger update', () => {
    const agreement = { ownerUserId: 'owner', sessionFacilitatorId: 'fien', sessionPresenterId: 'pien' };
    expect(mayUpdateAgreement(agreement, { userId: 'owner', isCommunityFacilitator: false })).toBe(true);
    expect(mayUpdateAgreement(agreement, { userId: 'fien', isCommunityFacilitator: false })).toBe(true);
    expect(mayUpdateAgreement(agreement, { userId: 'pien', isCommunityFacilitator: false })).toBe(true);
    expect(mayUpdateAgreement(agreement, { userId: 'floor', isCommunityFacilitator: true })).toBe(true);
    expect(mayUpdateAgreement(agreement, { userId: 'mo', isCommunityFacilitator: false })).toBe(false);
    expect(mayUpdateAgreement({ ...agreement, ownerUserId: null, sessionPresenterId: null }, { userId: 'mo', isCommunityFacilitator: false })).toBe(false);
  });
});
