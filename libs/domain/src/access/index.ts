export * from './permissions.js';
export * from './session-access.js';
export * from './platform-roles.js';
export * from './platform-access.js';
export * from './live-entry.js';
