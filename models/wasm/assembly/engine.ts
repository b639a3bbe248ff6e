// The batch engine's passes in WebAssembly: the module's exports.
export { computeBlock } from './compute';
export { operatingBlock } from './operating';
