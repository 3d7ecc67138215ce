export * from './errors.js';
export * from './state.js';
export * from './commands.js';
export * from './events.js';
export * from './reducer.js';
export * from './queries.js';
export * from './perspectives.js';
export * from './live-wire.js';
