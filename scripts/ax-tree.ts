/**
 * npm run ax-tree [-- out-dir] [name filter]
 * What a screen reader is given: Chromium's accessibility tree (CDP Accessibility.getFullAXTree)
 * for the main views, written as indented text (role "name" [states]) to ax-tree/<view>.txt,
 * ignored nodes left out as assistive technology leaves them out. Read it for unnamed buttons,
 * duplicated names, "group" soup and SVG internals. Run `npm run build` first.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium, type Page } from 'playwright-core';
import { startStaticServer } from '../tests/e2e/support/staticServer';
import { CHROMIUM_ARGS, chromiumPath } from '../tests/e2e/support/chromium';
import { A11Y_SCENARIOS } from '../tests/e2e/support/a11yScenarios';

interface AXValue { value?: unknown }
interface AXNode {
  nodeId: string;
  ignored: boolean;
  role?: AXValue;
  name?: AXValue;
  properties?: Array<{ name: string; value: AXValue }>;
  childIds?: string[];
  parentId?: string;
}

const VIEWS = ['map with its legend', 'map with the details panel', 'table', 'leverage ranking', 'compare', 'evidence-gap matrix', 'what-if tab', 'story player', 'export dialog', 'editor: Factors', 'delete confirmation', 'embed'];
const SHOWN_STATES = new Set(['focusable', 'expanded', 'pressed', 'checked', 'selected', 'disabled', 'level', 'live', 'modal']);

function line(node: AXNode): string {
  const role = String(node.role?.value ?? '?');
  const name = node.name?.value ? ` "${String(node.name.value).replace(/\s+/g, ' ').slice(0, 120)}"` : '';
  const states = (node.properties ?? []).filter((p) => SHOWN_STATES.has(p.name)).map((p) => `${p.name}=${String(p.value.value)}`);
  return `${role}${name}${states.length ? ` [${states.join(', ')}]` : ''}`;
}

/** The tree as a screen reader walks it: ignored nodes are skipped, their children lifted up. */
export async function axTreeText(page: Page): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const { nodes } = (await cdp.send('Accessibility.getFullAXTree')) as { nodes: AXNode[] };
  const byId = new Map(nodes.map((n) => [n.nodeId, n]));
  const lines: string[] = [];
  const walk = (node: AXNode, depth: number) => {
    const shown = !node.ignored && !(node.role?.value === 'StaticText' && !node.name?.value) && node.role?.value !== 'InlineTextBox';
    // Text that only repeats its parent's name adds nothing to read.
    if (shown) lines.push(`${'  '.repeat(depth)}${line(node)}`);
    for (const id of node.childIds ?? []) {
      const child = byId.get(id);
      if (child) walk(child, shown ? depth + 1 : depth);
    }
  };
  const root = nodes.find((n) => !n.parentId);
  if (root) walk(root, 0);
  await cdp.detach();
  return lines.join('\n');
}

const root = fileURLToPath(new URL('../', import.meta.url));
const [outDir = `${root}ax-tree`, filter = ''] = process.argv.slice(2);
mkdirSync(outDir, { recursive: true });
const server = await startStaticServer({ '/map/': `${root}dist`, '/fixtures/': `${root}tests/fixtures` });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
try {
  for (const scenario of A11Y_SCENARIOS.filter((s) => VIEWS.includes(s.name) && s.name.includes(filter))) {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, reducedMotion: 'reduce' });
    const page = await context.newPage();
    const params = new URLSearchParams(scenario.query ?? '');
    if (scenario.fixture) params.set('data', `${server.url}/fixtures/${scenario.fixture}`);
    await page.goto(`${server.url}/map/?${params.toString()}`);
    await scenario.reach(page);
    await page.waitForTimeout(300);
    const text = await axTreeText(page);
    const file = `${outDir}/${scenario.name.replace(/[^a-z0-9]+/gi, '-').toLowerCase()}.txt`;
    writeFileSync(file, `${text}\n`);
    console.log(`${scenario.name}: ${text.split('\n').length} lines → ${file}`);
    await context.close();
  }
} finally {
  await browser.close();
  await server.close();
}
