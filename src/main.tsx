// Entry point: mirror the view in the URL, start fetching the map geometry (the data is fetched as the
// app mounts, in parallel), then render the dashboard.
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { loadGeo } from './app/geo/loadGeo';
import { startUrlSync } from './app/state/url';
import './app/present/registerPresenterTools';
import './app/styles.css';

startUrlSync();
void loadGeo(null).catch(() => undefined); // shown by the map panel if it fails
createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
