export * from './common.js';
export * from './auth.js';
export * from './communities.js';
export * from './views.js';
export * from './sessions.js';
export * from './cases.js';
export * from './live.js';
export * from './boards.js';
