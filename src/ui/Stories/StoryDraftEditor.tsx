import { useId } from 'react';
import { useSavedViews } from '../../store/stories/savedViews';

/** The story being made: its title and its steps in order, each with a caption. */
export function StoryDraftEditor() {
  const ids = useId();
  const draft = useSavedViews((s) => s.draft);
  const { setStoryTitle, updateStep, moveStep, removeStep } = useSavedViews.getState();
  return (
    <section className="story-draft" aria-labelledby={`${ids}-heading`}>
      <h3 id={`${ids}-heading`}>Story</h3>
      <label className="stacked-field">
        Story title
        <input value={draft.title} maxLength={160} onChange={(e) => setStoryTitle(e.target.value)} placeholder="e.g. How recall keeps people coming back" />
      </label>
      {draft.steps.length === 0 ? (
        <p className="stories-empty">Add saved views to make the story’s steps.</p>
      ) : (
        <ol className="story-steps">
          {draft.steps.map((step, index) => (
            <li key={index}>
              <label className="stacked-field">
                Step {index + 1} title
                <input value={step.title} maxLength={160} onChange={(e) => updateStep(index, { title: e.target.value })} />
              </label>
              <label className="stacked-field">
                Step {index + 1} caption
                <textarea value={step.caption} maxLength={2000} rows={3} onChange={(e) => updateStep(index, { caption: e.target.value })} />
              </label>
              <span className="saved-view-buttons">
                <button type="button" disabled={index === 0} onClick={() => moveStep(index, -1)} aria-label={`Move step ${index + 1} up`}>
                  ↑
                </button>
                <button type="button" disabled={index === draft.steps.length - 1} onClick={() => moveStep(index, 1)} aria-label={`Move step ${index + 1} down`}>
                  ↓
                </button>
                <button type="button" onClick={() => removeStep(index)} aria-label={`Remove step ${index + 1}`}>
                  Remove
                </button>
              </span>
            </li>
          ))}
        </ol>
      )}
    </section>
  );
}
