export * from './core.js';
export * from './pdf.module.js';
export * from './pdf.service.js';
