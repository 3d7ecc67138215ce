import { z } from 'zod';
import { idSchema } from './common.js';

/** socket.io `/live` payloads. Commands themselves are parsed by the session state machine. */
export const liveJoinSchema = z.strictObject({ sessionId: idSchema });
export type LiveJoinInput = z.infer<typeof liveJoinSchema>;
