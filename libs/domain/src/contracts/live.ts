import { z } from 'zod';
import { idSchema } from './common.js';

/** socket.io `/live` payloads. Commands themselves are parsed by the session state machine. */
export const liveJoinSchema = z.strictObject({ sessionId: idSchema });
export type LiveJoinInput = z.infer<typeof liveJoinSchema>;

/**
 * A live command travels as `{ sessionId, ...command }`. The envelope checks the session id; the
 * rest is the command, parsed by the session state machine (`sessionCommandSchema` in
 * @mao/intervisie-method, a zod discriminated union).
 */
export const liveCommandEnvelopeSchema = z.looseObject({ sessionId: idSchema });
export type LiveCommandEnvelope = z.infer<typeof liveCommandEnvelopeSchema>;
