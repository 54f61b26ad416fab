import { useViewStore } from '../../store';

/** A row's way into the details panel: selects the item, as a click on the map would. */
export function SelectButton({ id, label, selectedId }: { id: string; label: string; selectedId: string | null }) {
  const { select } = useViewStore.getState();
  return (
    <button type="button" className="link-button" aria-current={id === selectedId ? 'true' : undefined} onClick={() => select(id)}>
      {label}
    </button>
  );
}
