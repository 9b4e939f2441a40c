export { createSandbox, type Sandbox, type SandboxOptions } from './sandbox.js';
export { createHandlers, type ApiOptions } from './handlers.js';
export { World, DEMO_TOWS, type WorldOptions, type CaseRecord, type TowRecord } from './world.js';
export { parseFault, type Fault, type GlobalFaults } from './faults.js';
