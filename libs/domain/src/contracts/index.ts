export * from './common.js';
export * from './auth.js';
export * from './communities.js';
export * from './views.js';
