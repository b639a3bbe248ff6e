import { mount } from 'svelte';
import App from './App.svelte';
import EmbedView from './components/EmbedView.svelte';
import { readPageMode } from './lib/embed.ts';
import './app.css';

// `?embed=<chart>` shows one chart for an iframe; anything else (an unknown chart included) the whole page.
const mode = readPageMode(location.search, location.hash);
const target = document.getElementById('app')!;
if (mode.embed) mount(EmbedView, { target, props: { chart: mode.embed, query: mode.query } });
else mount(App, { target });
