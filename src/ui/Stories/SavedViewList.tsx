import { useSavedViews } from '../../store/stories/savedViews';
import { visibleText } from '../../io/visibleText';

/** The views kept in this browser: show one, add it to the story, or forget it. */
export function SavedViewList({ onShow }: { onShow(view: string): void }) {
  const views = useSavedViews((s) => s.views);
  const { addStep, removeView } = useSavedViews.getState();
  if (views.length === 0) return <p className="stories-empty">No saved views yet: set up the map, name the view and save it.</p>;
  return (
    <section>
      <h3>Saved views</h3>
      <ul className="saved-views">
        {views.map((view, index) => {
          // Names come back from storage (and from stories): hidden characters are shown by their code.
          const name = visibleText(view.name);
          return (
            <li key={`${view.savedAt}-${index}`}>
              <span className="saved-view-name">{name}</span>
              <span className="saved-view-buttons">
                <button type="button" onClick={() => onShow(view.view)} aria-label={`Show ${name}`}>
                  Show
                </button>
                <button type="button" onClick={() => addStep(view)} aria-label={`Add ${name} to the story`}>
                  Add to story
                </button>
                <button type="button" onClick={() => removeView(index)} aria-label={`Delete ${name}`}>
                  Delete
                </button>
              </span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
