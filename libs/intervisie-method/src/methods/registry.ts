import type { Method } from '../method/types.js';
import { balintmethode } from './balintmethode.js';
import { incidentmethode } from './incidentmethode.js';
import { metAndereOgen } from './met-andere-ogen.js';
import { roddelmethode } from './roddelmethode.js';
import { socratischeIntervisie } from './socratische-intervisie.js';
import { troikaConsulting } from './troika-consulting.js';
import { waarderendeIntervisie } from './waarderende-intervisie.js';

/** The methods the product ships, flagship first. */
export const BUILT_IN_METHODS: readonly Method[] = [
  metAndereOgen,
  incidentmethode,
  roddelmethode,
  balintmethode,
  socratischeIntervisie,
  waarderendeIntervisie,
  troikaConsulting,
];

export const DEFAULT_METHOD_ID = metAndereOgen.id;

export function findBuiltInMethod(id: string): Method | undefined {
  return BUILT_IN_METHODS.find((method) => method.id === id);
}
