import { useState } from 'react';
import { droppedFromAddress, droppedParamMessage, useViewStore, type ViewStore } from '../../store';

const selectNotices = (s: ViewStore) => s.notices;

/** Parts of a link that could not be used are named here, never silently dropped. */
export function UrlNotices() {
  const viewNotices = useViewStore(selectNotices);
  // Parameters taken out of the address before the app read it (too long); a story has its own notice.
  const [cutShown, setCutShown] = useState(true);
  const cut = cutShown ? droppedFromAddress().filter((p) => p.name !== 'story').map(droppedParamMessage) : [];
  const notices = [...cut, ...viewNotices];
  const dismissNotices = () => {
    setCutShown(false);
    useViewStore.getState().dismissNotices();
  };
  if (notices.length === 0) return null;
  return (
    <section className="url-notices" role="status" aria-label="Link notices">
      <p>Some of this link’s settings could not be used, so the map shows the rest:</p>
      <ul>
        {notices.map((notice, i) => (
          <li key={i}>{notice}</li>
        ))}
      </ul>
      <button type="button" onClick={dismissNotices}>
        Dismiss
      </button>
    </section>
  );
}
