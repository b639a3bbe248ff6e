// The batch engine's passes in WebAssembly: the module's exports.
export { computeBlock } from './compute';
export { equityBlock } from './equity';
export { kpisBlock } from './kpis';
export { operatingBlock } from './operating';
export { pathsBlock } from './paths';
export { valueBlock } from './value';
