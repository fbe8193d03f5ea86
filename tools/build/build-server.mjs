#!/usr/bin/env node
// Production build of the server code (API, worker, CLI, their libs and the migrations):
// every TypeScript source is compiled by swc, file by file, into dist/server/<same path>.js as
// CommonJS with the options of .swcrc (legacy decorators with metadata, kept class names); the
// tsconfig path aliases (@sinergi/...) become relative requires; the non-TypeScript files the code
// reads at run time (the region catalogue) are copied beside the compiled files.
//
//   node tools/build/build-server.mjs        (npm run build:server)
//
// Run the result with `node dist/server/apps/api/src/main.js` (worker: apps/worker/src/main.js,
// CLI: tools/cli/src/main.js). Exits non-zero on any compile error, alias left unresolved,
// relative require that points at a file the build did not produce, or package that package.json
// does not declare.
import { transformFile } from '@swc/core';
import { copyFile, mkdir, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync, statSync } from 'node:fs';
import { isBuiltin } from 'node:module';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, relative, resolve, sep } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
const OUT = join(ROOT, 'dist', 'server');

/** Source roots, relative to the repository root. `libs/server/*` is expanded below. */
const SOURCE_ROOTS = ['apps/api/src', 'apps/worker/src', 'libs/contracts/src', 'libs/server/*/src', 'migrations', 'tools/cli/src'];

/** Never part of the server build, whatever the roots above say. */
const EXCLUDED_PREFIXES = ['apps/web/', 'libs/web/'];
const isExcludedPath = (rel) =>
  EXCLUDED_PREFIXES.some((prefix) => rel.startsWith(prefix)) || /^apps\/[^/]+-e2e\//.test(rel);
const EXCLUDED_DIRECTORIES = new Set(['test', 'node_modules', '__snapshots__', '__mocks__']);

/** Files in the source roots that are project tooling, not run-time assets. */
const isTooling = (name) =>
  name === 'project.json' ||
  /^tsconfig.*\.json$/.test(name) ||
  /^jest\.(config|setup)\./.test(name) ||
  /^eslint\.config\./.test(name) ||
  /^\.eslintrc/.test(name) ||
  /\.spec\./.test(name) ||
  name.endsWith('.map') ||
  name === '.DS_Store';

const toPosix = (path) => path.split(sep).join('/');

async function expandRoots() {
  const roots = [];
  for (const pattern of SOURCE_ROOTS) {
    if (!pattern.includes('*')) {
      if (!existsSync(join(ROOT, pattern))) throw new Error(`source root ${pattern} does not exist`);
      roots.push(pattern);
      continue;
    }
    const [before, after] = pattern.split('*');
    const parent = join(ROOT, before);
    for (const entry of (await readdir(parent, { withFileTypes: true })).sort((a, b) => a.name.localeCompare(b.name))) {
      const candidate = `${before}${entry.name}${after}`;
      if (entry.isDirectory() && existsSync(join(ROOT, candidate))) roots.push(candidate);
    }
  }
  return roots;
}

async function walk(relDir, sources, assets) {
  for (const entry of await readdir(join(ROOT, relDir), { withFileTypes: true })) {
    const rel = `${relDir}/${entry.name}`;
    if (isExcludedPath(`${rel}${entry.isDirectory() ? '/' : ''}`)) continue;
    if (entry.isDirectory()) {
      if (!EXCLUDED_DIRECTORIES.has(entry.name)) await walk(rel, sources, assets);
    } else if (entry.isFile()) {
      if (entry.name.endsWith('.ts')) {
        if (!entry.name.endsWith('.spec.ts') && !entry.name.endsWith('.d.ts')) sources.push(rel);
      } else if (!isTooling(entry.name)) {
        assets.push(rel);
      }
    }
  }
}

/** .swcrc, with the tsconfig path aliases added and dynamic import() turned into require(). */
async function swcOptions() {
  const swcrc = JSON.parse(await readFile(join(ROOT, '.swcrc'), 'utf8'));
  delete swcrc.$schema;
  const tsconfig = JSON.parse(await readFile(join(ROOT, 'tsconfig.base.json'), 'utf8'));
  const paths = tsconfig.compilerOptions?.paths ?? {};
  if (swcrc.module?.type !== 'commonjs') throw new Error(`.swcrc must produce CommonJS (module.type), got ${swcrc.module?.type}`);
  return {
    ...swcrc,
    swcrc: false,
    configFile: false,
    jsc: {
      ...swcrc.jsc,
      // swc resolves each alias to its target and writes a path relative to the importing file;
      // the output mirrors the source tree, so that path holds in dist/server too.
      baseUrl: resolve(ROOT, tsconfig.compilerOptions?.baseUrl ?? '.'),
      paths,
    },
    module: {
      ...swcrc.module,
      // As under @swc-node/register (npm start, serve) and jest: import() becomes require().
      // Kept as a native import(), `import('./start/start.command')` would go through ESM
      // resolution, which does not add the .js extension, and fail at run time. ES-module-only
      // packages load through require(esm) (Node >= 20.19), exactly as they do in development.
      ignoreDynamic: false,
    },
  };
}

async function compile(rel, options) {
  const source = join(ROOT, rel);
  const target = join(OUT, rel.replace(/\.ts$/, '.js'));
  const result = await transformFile(source, {
    ...options,
    filename: source,
    outputPath: target,
    sourceFileName: toPosix(relative(dirname(target), source)),
  });
  await mkdir(dirname(target), { recursive: true });
  let code = result.code;
  if (result.map) {
    const mapName = `${basename(target)}.map`;
    await writeFile(`${target}.map`, result.map);
    code = `${code.replace(/\n?$/, '\n')}//# sourceMappingURL=${mapName}\n`;
  }
  await writeFile(target, code);
  return target;
}

async function pool(items, limit, task) {
  const errors = [];
  let next = 0;
  const lanes = Array.from({ length: Math.min(limit, items.length) }, async () => {
    while (next < items.length) {
      const item = items[next++];
      try {
        await task(item);
      } catch (error) {
        errors.push({ item, error });
      }
    }
  });
  await Promise.all(lanes);
  return errors;
}

/** The same lookup as Node's require for a relative specifier: file, .js, .json, directory index. */
function resolvesInOutput(fromFile, specifier) {
  const base = resolve(dirname(fromFile), specifier);
  const candidates = [base, `${base}.js`, `${base}.json`, join(base, 'index.js'), join(base, 'index.json')];
  return candidates.some((candidate) => existsSync(candidate) && statSync(candidate).isFile());
}

/** `@scope/name/sub` → `@scope/name`, `name/sub` → `name`. */
const packageName = (specifier) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');

/**
 * Every emitted file: no @sinergi/ specifier left, every relative require lands inside dist/server,
 * every package is declared in package.json. A package only in devDependencies is a warning: the
 * production images prune it (fine for code that only `npm start` loads, such as tools/cli/src/start).
 */
async function verify(outputs) {
  const problems = [];
  const warnings = [];
  const manifest = JSON.parse(await readFile(join(ROOT, 'package.json'), 'utf8'));
  const production = new Set(Object.keys({ ...manifest.dependencies, ...manifest.optionalDependencies }));
  const development = new Set(Object.keys(manifest.devDependencies ?? {}));
  const specifierPattern = /\brequire\(\s*(["'])([^"']+)\1\s*\)|\bimport\(\s*(["'])([^"']+)\3\s*\)/g;
  for (const file of outputs) {
    const code = await readFile(file, 'utf8');
    const rel = toPosix(relative(ROOT, file));
    for (const match of code.matchAll(specifierPattern)) {
      const specifier = match[2] ?? match[4];
      if (specifier.startsWith('@sinergi/')) {
        problems.push(`${rel}: alias "${specifier}" was not rewritten (is it in tsconfig.base.json paths?)`);
      } else if (specifier.startsWith('.')) {
        const target = resolve(dirname(file), specifier);
        if (!toPosix(target).startsWith(`${toPosix(OUT)}/`)) {
          problems.push(`${rel}: "${specifier}" points outside dist/server`);
        } else if (!resolvesInOutput(file, specifier)) {
          problems.push(`${rel}: "${specifier}" does not resolve to a built file`);
        }
      } else if (specifier.endsWith('.ts')) {
        problems.push(`${rel}: "${specifier}" still names a .ts file`);
      } else if (!specifier.startsWith('node:') && !isBuiltin(specifier)) {
        const name = packageName(specifier);
        if (production.has(name)) continue;
        if (development.has(name)) warnings.push(`${rel}: "${name}" is a devDependency, absent from production images`);
        else problems.push(`${rel}: package "${name}" is not declared in package.json`);
      }
    }
  }
  return { problems, warnings };
}

/** swc's message without the native stack backtrace it appends. */
function describe(error) {
  const message = error instanceof Error ? error.message : String(error);
  return message.split(/\n\s*(?:Caused by:|Stack backtrace:)/)[0].trimEnd();
}

async function main() {
  const started = performance.now();
  const roots = await expandRoots();
  const sources = [];
  const assets = [];
  for (const root of roots) await walk(root, sources, assets);
  sources.sort();
  assets.sort();
  if (sources.length === 0) throw new Error('no TypeScript sources found');

  await rm(OUT, { recursive: true, force: true });
  await mkdir(OUT, { recursive: true });
  // The compiled files are CommonJS whatever the root package.json ever says.
  await writeFile(join(OUT, 'package.json'), `${JSON.stringify({ type: 'commonjs' }, null, 2)}\n`);

  const options = await swcOptions();
  const outputs = [];
  const compileErrors = await pool(sources, Math.max(2, availableParallelism()), async (rel) => {
    outputs.push(await compile(rel, options));
  });
  const copyErrors = await pool(assets, 8, async (rel) => {
    const target = join(OUT, rel);
    await mkdir(dirname(target), { recursive: true });
    await copyFile(join(ROOT, rel), target);
  });

  const failures = [
    ...compileErrors.map(({ item, error }) => `compile ${item}: ${describe(error)}`),
    ...copyErrors.map(({ item, error }) => `copy ${item}: ${describe(error)}`),
  ];
  let warnings = [];
  if (failures.length === 0) {
    const verdict = await verify(outputs);
    failures.push(...verdict.problems);
    warnings = verdict.warnings;
  }
  for (const warning of warnings) console.warn(`  ! ${warning}`);

  const seconds = ((performance.now() - started) / 1000).toFixed(2);
  if (failures.length > 0) {
    for (const failure of failures) console.error(`  ✗ ${failure}`);
    console.error(`build-server: FAILED with ${failures.length} problem(s) after ${seconds}s`);
    // No half-built output for an image or a script to pick up by mistake.
    await rm(OUT, { recursive: true, force: true });
    process.exitCode = 1;
    return;
  }
  console.log(`build-server: ${roots.length} source roots`);
  for (const root of roots) {
    const count = sources.filter((rel) => rel.startsWith(`${root}/`)).length;
    console.log(`  ${root.padEnd(28)} ${String(count).padStart(4)} file(s)`);
  }
  for (const asset of assets) console.log(`  asset  ${asset}`);
  console.log(
    `build-server: compiled ${sources.length} TypeScript file(s), copied ${assets.length} asset(s) ` +
      `into ${toPosix(relative(ROOT, OUT))}/ in ${seconds}s; no @sinergi/ alias left, every require resolves`,
  );
}

main().catch((error) => {
  console.error(`build-server: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
  process.exitCode = 1;
});
