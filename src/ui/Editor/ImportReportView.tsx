import type { ImportReport } from '../../io/import/importReport';

/** What an import mapped, what it assumed and what it left out, as the file locates it. */
export function ImportReportView({ report }: { report: ImportReport }) {
  const unknown = Object.entries(report.unknownAttributes).flatMap(([kind, byId]) => Object.entries(byId).map(([id, attrs]) => `${kind} ${id}: ${Object.keys(attrs).join(', ')}`));
  return (
    <div className="import-report">
      <h4>Mapped</h4>
      <ul>{report.mapped.map((m) => <li key={m}>{m}</li>)}</ul>
      {report.assumed.length > 0 && (
        <details>
          <summary>Assumptions ({report.assumed.length})</summary>
          <ul>{report.assumed.map((m, i) => <li key={i}>{m}</li>)}</ul>
        </details>
      )}
      {report.notMapped.length > 0 && (
        <details>
          <summary>Not mapped ({report.notMapped.length})</summary>
          <ul>{report.notMapped.map((p, i) => <li key={i}>{p.where}: {p.message}</li>)}</ul>
        </details>
      )}
      {unknown.length > 0 && (
        <details>
          <summary>Fields kept as attributes in descriptions ({unknown.length} records)</summary>
          <ul>{unknown.slice(0, 200).map((u) => <li key={u}>{u}</li>)}</ul>
        </details>
      )}
    </div>
  );
}
