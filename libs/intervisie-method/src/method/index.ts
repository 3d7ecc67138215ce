export * from './types.js';
export * from './step-kinds.js';
export * from './validate-method.js';
export * from './agenda.js';
export * from './carry-forward.js';
