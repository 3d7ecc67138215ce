export * from './error-codes.js';
export * from './result.js';
