import { useEffect, useRef, useState, type DragEvent } from 'react';
import type { Dataset } from '../../model';
import { grantsParam, pageAddress } from '../../store';
import { describeProblem } from '../../io/grants/grant';
import { loadGrantsAddress, loadGrantsFile } from '../../store/grants/loadGrants';
import { useGrantsStore, type GrantsStore } from '../../store/grants/grantsStore';
import { visibleText } from '../../io/visibleText';

const selectProblems = (s: GrantsStore) => s.problems;
const selectLoading = (s: GrantsStore) => s.loading;

let addressOpened = false;

/**
 * The ways a funder's file comes in: the picker, a drop, or `?grants=<address>` (a published file).
 * The file is read in this browser; nothing is uploaded.
 */
export function GrantsLoader({ dataset }: { dataset: Dataset }) {
  const problems = useGrantsStore(selectProblems);
  const loading = useGrantsStore(selectLoading);
  const input = useRef<HTMLInputElement>(null);
  const [over, setOver] = useState(false);

  useEffect(() => {
    const address = grantsParam();
    if (address && !addressOpened) {
      addressOpened = true;
      void loadGrantsAddress(address, pageAddress(), dataset);
    }
  }, [dataset]);

  const openAll = async (files: Iterable<File>) => {
    for (const file of files) await loadGrantsFile(file, dataset);
  };
  // Kept from the page-wide drop that opens the editor's map import: a grants file is not a map.
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    event.stopPropagation();
    setOver(false);
    void openAll(event.dataTransfer.files);
  };

  return (
    <section className="grants-loader" aria-labelledby="grants-loader-heading">
      <h3 id="grants-loader-heading">Load your grants</h3>
      <div
        className={`grants-drop${over ? ' grants-drop--over' : ''}`}
        onDragOver={(e) => {
          e.preventDefault();
          e.stopPropagation();
          setOver(true);
        }}
        onDragLeave={() => setOver(false)}
        onDrop={onDrop}
      >
        <p>
          Drop a 360Giving file (JSON, CSV or XLSX) here, or{' '}
          <button type="button" onClick={() => input.current?.click()}>
            choose grants files…
          </button>
        </p>
        <input
          ref={input}
          type="file"
          multiple
          hidden
          aria-label="Grants file (360Giving JSON, CSV or XLSX)"
          accept=".json,.csv,.xlsx,application/json,text/csv"
          onChange={(e) => {
            const files = [...(e.currentTarget.files ?? [])];
            e.currentTarget.value = '';
            void openAll(files);
          }}
        />
        <p className="muted">Read in this browser only: nothing is uploaded, and your grants never go into a link.</p>
      </div>
      {loading && (
        <p role="status" className="grants-loading">
          Reading {loading}…
        </p>
      )}
      {problems && (
        <div role="alert" className="grants-problems">
          <p>
            <strong>{visibleText(problems.fileName)} could not be read as grants.</strong> The map and any grants already loaded are unchanged.
          </p>
          <ul>
            {problems.problems.map((p, i) => (
              <li key={i}>{visibleText(describeProblem(p))}</li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
