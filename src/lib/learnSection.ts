// The Learn section's components, loaded after the first paint as one chunk (App.svelte imports this lazily).
export { default as Timeline } from '../components/Timeline.svelte';
export { default as Glossary } from '../components/Glossary.svelte';
