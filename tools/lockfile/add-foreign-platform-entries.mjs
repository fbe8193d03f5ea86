#!/usr/bin/env node
// The npm registry reachable from our machines serves only the Linux builds of platform-specific
// optional packages (@swc/core-darwin-arm64 and the like answer 404). npm then writes a lock file
// without them, and `npm ci` refuses it as "Missing … from lock file". This script adds a lock
// entry for every such optional package, marked optional and restricted to its own os/cpu, so
// `npm ci` skips it here and a machine of that platform can still resolve it.
// Run it after every `npm install` that changes package-lock.json.
import { readFileSync, writeFileSync } from 'node:fs';

const OS = ['darwin', 'linux', 'win32', 'freebsd', 'openbsd', 'netbsd', 'android', 'sunos', 'aix', 'openharmony', 'wasm'];
const CPU = ['x64', 'arm64', 'arm', 'ia32', 'ppc64', 's390x', 'riscv64', 'loong64', 'mips64el', 'wasm32', 'universal'];

function platformOf(name) {
  const parts = name.toLowerCase().split(/[^a-z0-9]+/);
  const os = OS.find((o) => parts.includes(o) || (o === 'win32' && parts.includes('windows')));
  const cpu = CPU.find((c) => parts.includes(c) || (c === 'arm' && parts.some((p) => p.startsWith('armv') || p === 'gnueabihf')));
  const libc = parts.includes('musl') ? ['musl'] : os === 'linux' && parts.includes('gnu') ? ['glibc'] : undefined;
  return { os, cpu, libc };
}

const file = process.argv[2] ?? 'package-lock.json';
const lock = JSON.parse(readFileSync(file, 'utf8'));
const packages = lock.packages;
let added = 0;
const unknown = [];
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    const nested = path ? `${path}/node_modules/${name}` : `node_modules/${name}`;
    const top = `node_modules/${name}`;
    const version = /^\d+\.\d+\.\d+(-[\w.]+)?$/.test(range) ? range : range.replace(/^[\^~=]/, '');
    if (packages[nested] || packages[top]?.version === version) continue;
    const { os, cpu, libc } = platformOf(name);
    if (!os && !cpu) {
      unknown.push(name);
      continue;
    }
    packages[packages[top] ? nested : top] = {
      version,
      optional: true,
      ...(os ? { os: [os] } : {}),
      ...(cpu ? { cpu: [cpu] } : {}),
      ...(libc ? { libc } : {}),
    };
    added++;
  }
}
lock.packages = Object.fromEntries(Object.entries(packages).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))));
writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`added ${added} foreign-platform optional entries to ${file}`);
if (unknown.length) console.log(`could not tell the platform of: ${unknown.join(', ')}`);
