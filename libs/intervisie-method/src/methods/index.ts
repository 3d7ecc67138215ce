export { metAndereOgen } from './met-andere-ogen.js';
export { incidentmethode } from './incidentmethode.js';
export { roddelmethode } from './roddelmethode.js';
export { balintmethode } from './balintmethode.js';
export { socratischeIntervisie } from './socratische-intervisie.js';
export { waarderendeIntervisie } from './waarderende-intervisie.js';
export { troikaConsulting } from './troika-consulting.js';
export { BUILT_IN_METHODS, DEFAULT_METHOD_ID, findBuiltInMethod } from './registry.js';
