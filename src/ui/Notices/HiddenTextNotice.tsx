import { useState } from 'react';
import { plural } from '../../model/plural';

const NAMED = 5;

/**
 * Says once that the dataset's text held characters a reader cannot see (or that reorder what
 * follows), shown by their code, and where: the fields are named so the author can find them.
 */
export function HiddenTextNotice({ fields }: { fields: readonly string[] }) {
  const [dismissed, setDismissed] = useState(false);
  if (fields.length === 0 || dismissed) return null;
  const named = fields.slice(0, NAMED).join(', ');
  const more = fields.length > NAMED ? `, and ${plural(fields.length - NAMED, 'more')}` : '';
  return (
    <section className="url-notices" role="status" aria-label="Hidden characters">
      <p>
        This dataset’s text holds characters that cannot be seen or that reorder what follows (such as a right-to-left override); they are shown by
        their code, like [U+202E], in {plural(fields.length, 'field')}: {named}
        {more}.
      </p>
      <button type="button" onClick={() => setDismissed(true)}>
        Dismiss
      </button>
    </section>
  );
}
