// The batch engine's passes in WebAssembly: the module's exports.
export { operatingBlock } from './operating';
