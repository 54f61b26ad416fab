import { formatIssue, type DatasetIssue } from '../../model';

const SHOWN = 200;

/** A dataset that could not be opened says why, on the page, with every problem located. */
export function DatasetErrors({ address, message, issues }: { address: string; message: string; issues: readonly DatasetIssue[] }) {
  return (
    <main className="load-screen load-screen--failed">
      <h1>Reoffending systems map</h1>
      <section role="alert" aria-labelledby="load-error-title">
        <h2 id="load-error-title">This dataset could not be opened</h2>
        <p>{message}</p>
        {issues.length > 0 && (
          <ol className="issue-list">
            {issues.slice(0, SHOWN).map((issue, i) => (
              <li key={i}>{formatIssue(issue)}</li>
            ))}
          </ol>
        )}
        {issues.length > SHOWN && <p>…and {issues.length - SHOWN} more. Run `npm run validate` on the file to see them all.</p>}
        <p>
          Address: <code>{address || '(none)'}</code>
        </p>
        <p>
          <a href="?">Open the bundled map instead</a>
        </p>
      </section>
    </main>
  );
}
