export * from './errors/index.js';
export * from './people/backgrounds.js';
export * from './people/regions.js';
export * from './access/index.js';
export * from './contracts/index.js';
export * from './reflectiekader/index.js';
export * from './privacy/index.js';
