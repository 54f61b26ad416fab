import { lazy, Suspense, useRef, useState } from 'react';
import type { Dataset } from '../../model';
import { usePlainPrint } from './usePlainPrint';

// The dialog and its exporters load when first opened: a funder who only reads never downloads them.
const ExportDialog = lazy(() => import('./ExportDialog'));

/** Always in the header: exports whatever view is showing. */
export function ExportButton({ dataset }: { dataset: Dataset }) {
  const [open, setOpen] = useState(false);
  const buttonRef = useRef<HTMLButtonElement>(null);
  usePlainPrint(dataset, open);
  return (
    <>
      <button ref={buttonRef} type="button" className="export-button" aria-haspopup="dialog" onClick={() => setOpen(true)}>
        Export
      </button>
      {open && (
        <Suspense fallback={<span role="status">Loading export…</span>}>
          <ExportDialog
            dataset={dataset}
            onClose={() => {
              setOpen(false);
              buttonRef.current?.focus();
            }}
          />
        </Suspense>
      )}
    </>
  );
}
