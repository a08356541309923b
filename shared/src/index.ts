export * from './enums.js';
export * from './text.js';
export * from './dates.js';
export * from './plan-import/index.js';
