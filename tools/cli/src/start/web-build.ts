import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const WEB_SOURCES = ['apps/web', 'libs/web', 'libs/contracts'];

function newestChange(path: string): number {
  const stat = statSync(path);
  if (!stat.isDirectory()) return stat.mtimeMs;
  return readdirSync(path).reduce((newest, entry) => Math.max(newest, newestChange(join(path, entry))), stat.mtimeMs);
}

/** Builds the Angular app when its output is missing or older than its sources. */
export function ensureWebBuild(root: string): string | null {
  const dist = join(root, 'dist/apps/web/browser');
  const index = join(dist, 'index.html');
  const sources = WEB_SOURCES.map((dir) => join(root, dir)).filter(existsSync);
  if (existsSync(index) && statSync(index).mtimeMs >= Math.max(...sources.map(newestChange))) return dist;
  console.log('Building the web app (first start, or its sources changed)…');
  const result = spawnSync('npx', ['nx', 'run', 'web:build', '--outputStyle=static', '--skip-nx-cache'], {
    cwd: root,
    stdio: 'inherit',
    env: { ...process.env, NX_DAEMON: 'false', NX_NO_CLOUD: 'true' },
  });
  if (result.status !== 0 || !existsSync(index)) {
    console.error('The web app did not build; the API and worker run without it.');
    return null;
  }
  return dist;
}
