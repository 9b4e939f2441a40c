export * from './common.js';
export * from './catalogue.js';
export * from './attachments.js';
export * from './cases.js';
export * from './tows.js';
export * from './telemetry.js';
