import { pluralWord } from '../../model';
import { useRef, useState } from 'react';
import { readTagsFile, toTagsFile } from '../../io/grants/tagsFile';
import { useGrantsStore, type GrantsStore } from '../../store/grants/grantsStore';
import { saveFile } from '../common/saveFile';
import { useGrantTags } from './useGrantTaggings';
import { visibleText } from '../../io/visibleText';

const selectStorage = (s: GrantsStore) => s.storage;

/** The tagging as a small file keyed by grant identifier (no amounts or names), to keep or pass on, and reopen. */
export function TagsFileButtons() {
  const tags = useGrantTags();
  const storage = useGrantsStore(selectStorage);
  const input = useRef<HTMLInputElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const count = Object.keys(tags).length;
  return (
    <div className="grant-tags-file">
      <button type="button" disabled={count === 0} onClick={() => saveFile('grant-tags.json', toTagsFile(tags, new Date()), 'application/json')}>
        Download your tagging ({count.toLocaleString('en-GB')} {pluralWord(count, 'grant')})
      </button>{' '}
      <button type="button" onClick={() => input.current?.click()}>
        Open a tagging file…
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept=".json,application/json"
        aria-label="Tagging file"
        onChange={async (e) => {
          const file = e.currentTarget.files?.[0];
          e.currentTarget.value = '';
          if (!file) return;
          const read = readTagsFile(await file.text());
          if (read.ok) useGrantsStore.getState().mergeTags(read.tags);
          setMessage(read.ok ? `Opened the tagging of ${Object.keys(read.tags).length.toLocaleString('en-GB')} grants from ${visibleText(file.name)}.` : `${visibleText(file.name)}: ${read.message}.`);
        }}
      />
      <p role="status" className="muted">
        {message ??
          (storage.state === 'failed'
            ? storage.message
            : storage.state === 'restored'
              ? `Your tagging of ${storage.count.toLocaleString('en-GB')} grants was kept in this browser from last time.`
              : 'Your tagging is kept in this browser only.')}
      </p>
    </div>
  );
}
