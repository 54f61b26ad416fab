import { useEffect } from 'react';
import { BUNDLED_DATASET_URL } from './bundledDataset';
import { useDatasetStore, useLoadState } from '../store';
import { MapView } from '../map/MapView';
import { DetailPanel } from '../ui/DetailPanel/DetailPanel';
import { Legend } from '../ui/Legend/Legend';
import { LoadingScreen } from '../ui/LoadScreens/LoadingScreen';
import { DatasetErrors } from '../ui/LoadScreens/DatasetErrors';

const selectOpen = (s: ReturnType<typeof useDatasetStore.getState>) => s.open;

/** The shell: opens the dataset named in the address, then lays out the map and its panels. */
export function App() {
  const open = useDatasetStore(selectOpen);
  const load = useLoadState();

  useEffect(() => {
    const params = new URLSearchParams(window.location.search);
    void open(params.get('data'), window.location.href, BUNDLED_DATASET_URL);
  }, [open]);

  if (load.status === 'idle' || load.status === 'loading') {
    return <LoadingScreen address={load.status === 'loading' ? load.address : ''} progress={load.status === 'loading' ? load.progress : { loaded: 0, total: null }} />;
  }
  if (load.status === 'failed') return <DatasetErrors address={load.address} message={load.message} issues={load.issues} />;

  const { dataset } = load;
  return (
    <div className="app">
      <header className="app-header">
        <h1>
          Reoffending systems map <span className="app-subtitle">{dataset.meta.title}</span>
        </h1>
      </header>
      <main className="app-main">
        <Legend dataset={dataset} />
        <MapView dataset={dataset} />
        <DetailPanel dataset={dataset} />
      </main>
    </div>
  );
}
