import { useSavedViews } from '../../store';

/** The views kept in this browser: show one, add it to the story, or forget it. */
export function SavedViewList({ onShow }: { onShow(view: string): void }) {
  const views = useSavedViews((s) => s.views);
  const { addStep, removeView } = useSavedViews.getState();
  if (views.length === 0) return <p className="stories-empty">No saved views yet: set up the map, name the view and save it.</p>;
  return (
    <section>
      <h3>Saved views</h3>
      <ul className="saved-views">
        {views.map((view, index) => (
          <li key={`${view.savedAt}-${index}`}>
            <span className="saved-view-name">{view.name}</span>
            <span className="saved-view-buttons">
              <button type="button" onClick={() => onShow(view.view)} aria-label={`Show ${view.name}`}>
                Show
              </button>
              <button type="button" onClick={() => addStep(view)} aria-label={`Add ${view.name} to the story`}>
                Add to story
              </button>
              <button type="button" onClick={() => removeView(index)} aria-label={`Delete ${view.name}`}>
                Delete
              </button>
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
