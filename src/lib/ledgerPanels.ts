// What each side gets and the reconciliation with reported figures, one after the other below the first screen:
// one chunk, loaded after the first chart (App.svelte defers them).
export { default as LedgerPanel } from '../components/LedgerPanel.svelte';
export { default as ReconciliationTable } from '../components/ReconciliationTable.svelte';
