export * from './permissions.js';
export * from './session-access.js';
