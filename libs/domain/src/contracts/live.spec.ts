import { describe, expect, it } from 'vitest';
import { liveCommandEnvelopeSchema, liveJoinSchema } from './live.js';

const sessionId = '0b7f3f0e-3c1a-4f7e-9a51-2f1d5c3b9a10';

describe('live socket payloads', () => {
  it('joins with a session id only', () => {
    expect(liveJoinSchema.safeParse({ sessionId }).success).toBe(true);
    expect(liveJoinSchema.safeParse({ sessionId, extra: 1 }).success).toBe(false);
    expect(liveJoinSchema.safeParse({ sessionId: 'abc' }).success).toBe(false);
  });

  it('carries a command next to the session id and keeps its fields for the state machine', () => {
    expect(liveCommandEnvelopeSchema.parse({ sessionId, type: 'assignHelper', role: 'timekeeper', userId: null })).toEqual({
      sessionId,
      type: 'assignHelper',
      role: 'timekeeper',
      userId: null,
    });
    for (const body of [null, 'advance', [], { type: 'advance' }, { sessionId: 7, type: 'advance' }, { sessionId: 'geen-id', type: 'advance' }]) {
      expect(liveCommandEnvelopeSchema.safeParse(body).success).toBe(false);
    }
  });
});
