import { useEffect, useId, useRef, useState } from 'react';
import type { Dataset } from '../../model';
import { applyViewQuery, currentViewQuery, MAX_PARAM_CHARS, pageAddress, pageAddressWith, useStoryPlayer } from '../../store';
import { draftToStory, useSavedViews } from '../../store/stories/savedViews';
import { encodeStoryForLink, parseStoryText } from '../../io/story/storyLink';
import { loadStoryParam } from '../../io/story/loadStory';
import { tooLargeMessage, withinSizeLimit } from '../../io/sizeLimit';
import { visibleText } from '../../io/visibleText';
import { formatIssue } from '../../model';
import { SavedViewList } from './SavedViewList';
import { fileNameFrom, saveFile } from '../common/saveFile';
import { StoryDraftEditor } from './StoryDraftEditor';

/** A link that opens this page on the story (the story travels in the link, compressed). */
function storyLink(encoded: string): string {
  return pageAddressWith('story', encoded);
}

/**
 * Saved views and stories: name and keep the view on screen (in this browser), arrange saved views
 * into a story with a caption per step, play it, share it as a link or a file, and open a story file.
 */
export function StoriesPanel({ dataset, exampleStory }: { dataset: Dataset; exampleStory: string | null }) {
  const ids = useId();
  const { loadFor, saveView, loadStory } = useSavedViews.getState();
  const draft = useSavedViews((s) => s.draft);
  const problem = useSavedViews((s) => s.storageProblem);
  const restoreProblem = useSavedViews((s) => s.restoreProblem);
  const [name, setName] = useState('');
  const [message, setMessage] = useState('');
  const fileRef = useRef<HTMLInputElement>(null);

  useEffect(() => {
    void loadFor(dataset.meta.title);
  }, [dataset, loadFor]);

  const story = draftToStory(draft, dataset.meta.title);
  const download = () => {
    if (!story) return;
    saveFile(fileNameFrom(story.title, 'story.json'), `${JSON.stringify(story, null, 2)}\n`, 'application/json');
  };
  const copyLink = async () => {
    if (!story) return;
    const encoded = encodeStoryForLink(story);
    // A link past what this map reads back (see addressGuard) would be refused when opened.
    if (encoded.length > MAX_PARAM_CHARS) {
      setMessage('This story is too long to travel in a link; use "Download story" and share the file instead.');
      return;
    }
    try {
      await navigator.clipboard.writeText(storyLink(encoded));
      setMessage('Story link copied: it opens this map and plays the story.');
    } catch {
      setMessage('The browser did not allow copying; use "Download story" instead.');
    }
  };
  const openFile = async (file: File | undefined) => {
    if (!file) return;
    // A file's name is the file's own text: hidden characters in it are shown by their code.
    const name = visibleText(file.name);
    // Refused before reading: a file this large is not a story, and reading it could freeze the page.
    if (!withinSizeLimit(file.size)) {
      setMessage(tooLargeMessage(name, file.size));
      return;
    }
    const parsed = parseStoryText(await file.text(), name);
    if (!parsed.ok) {
      setMessage(`${name} is not a story this map can play: ${parsed.issues.slice(0, 5).map(formatIssue).join('; ')}`);
      return;
    }
    loadStory(parsed.story);
    setMessage(`Opened “${visibleText(parsed.story.title)}” (${parsed.story.steps.length} steps) from ${name}.`);
  };

  const playExample = async (address: string) => {
    const result = await loadStoryParam(address, pageAddress());
    if (result.ok) useStoryPlayer.getState().play(dataset, result.story);
    else setMessage(`The example story could not be opened: ${result.issues.slice(0, 3).map(formatIssue).join('; ')}`);
  };

  return (
    <div className="analysis-panel stories-panel">
      <h2>Saved views and stories</h2>
      {exampleStory && (
        <p>
          <button type="button" onClick={() => void playExample(exampleStory)}>
            Play the example story
          </button>{' '}
          <span className="muted">Released with nowhere to sleep: how recall brings people back.</span>
        </p>
      )}
      <form
        className="save-view"
        onSubmit={(event) => {
          event.preventDefault();
          saveView(name, currentViewQuery());
          setMessage(`Saved “${name.trim() || 'this view'}”.`);
          setName('');
        }}
      >
        <label htmlFor={`${ids}-name`}>Name this view</label>
        <div className="save-view-row">
          <input id={`${ids}-name`} value={name} maxLength={160} onChange={(e) => setName(e.target.value)} placeholder="e.g. The recall cycle" />
          <button type="submit">Save view</button>
        </div>
      </form>
      {problem && <p className="caveat" role="alert">{problem}</p>}
      {restoreProblem && <p className="caveat" role="alert">{restoreProblem}</p>}
      <SavedViewList onShow={(view) => applyViewQuery(dataset, view)} />
      <StoryDraftEditor />
      <div className="story-actions">
        <button type="button" disabled={!story} onClick={() => story && useStoryPlayer.getState().play(dataset, story)}>
          Play story
        </button>
        <button type="button" disabled={!story} onClick={() => void copyLink()}>
          Copy story link
        </button>
        <button type="button" disabled={!story} onClick={download}>
          Download story
        </button>
        <button type="button" onClick={() => fileRef.current?.click()}>
          Open story file…
        </button>
        <input ref={fileRef} type="file" accept=".json,application/json" hidden aria-label="Story file" onChange={(e) => void openFile(e.target.files?.[0])} />
      </div>
      <p role="status" className="stories-status">
        {message}
      </p>
    </div>
  );
}
