#!/usr/bin/env node
// Adds the lockfile entries npm leaves out for other platforms' optional packages (the native binaries of
// Biome, SWC and Jest's resolver for macOS, Windows, musl...). Without them `npm ci` refuses the lockfile
// ("Missing: @biomejs/cli-darwin-arm64@ from lock file") on any machine whose registry lists those
// packages. Each added entry carries the version the parent pins and, where the registry says, the
// os/cpu/libc that let npm skip it on other platforms. Run it after changing dependencies:
//   npm install <package> && node scripts/complete-lockfile.js

const { execFileSync } = require('node:child_process');
const { readFileSync, writeFileSync } = require('node:fs');
const { join } = require('node:path');

const lockPath = join(__dirname, '..', 'package-lock.json');
const lock = JSON.parse(readFileSync(lockPath, 'utf8'));
const packages = lock.packages;

/** os/cpu/libc of a package, read from the registry (any version: they do not change between versions). */
function platformOf(name) {
  try {
    const out = execFileSync('npm', ['view', name, 'os', 'cpu', 'libc', '--json'], {
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    const data = JSON.parse(out || '{}');
    const pick = {};
    for (const field of ['cpu', 'libc', 'os']) if (data[field]) pick[field] = [].concat(data[field]);
    return pick;
  } catch {
    return {};
  }
}

let added = 0;
for (const [path, entry] of Object.entries(packages)) {
  for (const [name, range] of Object.entries(entry.optionalDependencies ?? {})) {
    if (packages[`${path}/node_modules/${name}`] || packages[`node_modules/${name}`]) continue;
    const { cpu, libc, os } = platformOf(name);
    packages[`node_modules/${name}`] = {
      version: range.replace(/^[\^~=]/, ''),
      ...(cpu ? { cpu } : {}),
      ...(entry.dev ? { dev: true } : {}),
      ...(libc ? { libc } : {}),
      optional: true,
      ...(os ? { os } : {}),
    };
    added += 1;
  }
}

const [root, ...rest] = Object.keys(packages);
lock.packages = Object.fromEntries([root, ...rest.sort()].map((key) => [key, packages[key]]));
writeFileSync(lockPath, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entr${added === 1 ? 'y' : 'ies'}`);
