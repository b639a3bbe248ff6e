// The Learn section's components, loaded after the first chart as one chunk (App.svelte defers them).
export { default as Timeline } from '../components/Timeline.svelte';
export { default as Glossary } from '../components/Glossary.svelte';
