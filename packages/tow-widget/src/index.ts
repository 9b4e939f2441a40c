export {
  P311TowLookup,
  TowFoundEvent,
  TowUpdatedEvent,
  type TowsBackend,
} from './tow-lookup/tow-lookup.js';
export { P311ErrorEvent, type Lang } from '@panama311/elements/shared';
