// "Which assumption drives it?" and "What would it take?", side by side below the first screen: one chunk, loaded
// after the first chart (App.svelte defers them).
export { default as TornadoCard } from '../components/TornadoCard.svelte';
export { default as GoalSeek } from '../components/GoalSeek.svelte';
