import { mount } from 'svelte';
import App from './App.svelte';
import './app.css';
import { chartHost } from './lib/charts/chartHost.ts';

// The chart worker starts loading chart.js now, while the page mounts.
chartHost();
mount(App, { target: document.getElementById('app')! });
