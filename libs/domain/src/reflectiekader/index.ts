export * from './framework.js';
export * from './lookup.js';
export * from './tags.js';
