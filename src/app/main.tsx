import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { datasetParam, guardAddress, pageAddress, useDatasetStore } from '../store';
import { BUNDLED_DATASET_URL } from './bundledDataset';
import 'virtual:tokens.css';
import './styles.css';

// Before anything reads the address: a parameter longer than any link this map makes (a 1.9 MB
// story link) is taken out and named in a notice, so no reader of the address holds the page.
guardAddress();

// The dataset is asked for before React first renders, so its download overlaps that render rather
// than waiting for it (App opens it itself where nothing has: in tests, say).
void useDatasetStore.getState().open(datasetParam(), pageAddress(), BUNDLED_DATASET_URL);

const container = document.getElementById('root');
if (!container) throw new Error('index.html has no #root element');
createRoot(container).render(
  <StrictMode>
    <App />
  </StrictMode>,
);
