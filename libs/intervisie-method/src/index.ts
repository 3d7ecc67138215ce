/**
 * Intervisie methods as data and the live-session state machine. Pure TypeScript: no
 * framework, no clock, no I/O. See README.md for the glossary and how to add a method.
 */
export * from './method/index.js';
export * from './methods/index.js';
export * from './session/index.js';
export * from './schedule/index.js';
