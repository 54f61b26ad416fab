import { existsSync, readFileSync } from 'node:fs';
import { SourceMapConsumer } from 'source-map-js';

/** Which package (or `src/`) a bundled source path belongs to. */
function ownerOf(source: string): string {
  const modules = source.lastIndexOf('node_modules/');
  if (modules < 0) return source.includes('/src/') ? 'src (this app)' : 'other';
  const rest = source.slice(modules + 'node_modules/'.length).split('/');
  return rest[0]!.startsWith('@') ? `${rest[0]}/${rest[1]}` : rest[0]!;
}

/**
 * Minified bytes of a chunk per package, read from its source map: every generated character is
 * credited to the source its mapping names (unmapped characters go to "unmapped").
 */
export function bytesByPackage(chunkPath: string): Map<string, number> {
  const code = readFileSync(chunkPath, 'utf8');
  if (!existsSync(`${chunkPath}.map`)) return new Map([['unmapped', code.length]]);
  const map = new SourceMapConsumer(JSON.parse(readFileSync(`${chunkPath}.map`, 'utf8')));
  const lines = code.split('\n');
  const shares = new Map<string, number>();
  const credit = (owner: string, n: number) => shares.set(owner, (shares.get(owner) ?? 0) + n);
  let previous: { line: number; column: number; owner: string } | null = null;
  const flush = (line: number, column: number) => {
    if (!previous) return;
    const length = previous.line === line ? column - previous.column : (lines[previous.line - 1]?.length ?? 0) - previous.column;
    credit(previous.owner, Math.max(0, length));
  };
  map.eachMapping((m) => {
    flush(m.generatedLine, m.generatedColumn);
    previous = { line: m.generatedLine, column: m.generatedColumn, owner: m.source ? ownerOf(m.source) : 'unmapped' };
  }, undefined, SourceMapConsumer.GENERATED_ORDER);
  if (previous) flush(Number.MAX_SAFE_INTEGER, 0);
  return shares;
}
