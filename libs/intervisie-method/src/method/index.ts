export * from './types.js';
export * from './step-kinds.js';
export * from './method-messages.js';
export * from './method-schema.js';
export * from './agenda.js';
export * from './carry-forward.js';
