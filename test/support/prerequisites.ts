// First step of `npm test`: the programs the suite runs for real must be there, since no
// test is skipped for want of one. Debian's chromium (browser tests), a CJK font (so its
// screenshots show Chinese) and redis-server (multi-instance tests). Missing ones are
// installed with apt-get when this runs as root on a machine that has it; otherwise it
// stops with one line saying what to install.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { CHROMIUM } from './browser.ts';
import { findRedisServer } from './redis-support.ts';

interface Program {
  /** the Debian package that provides it */
  pkg: string;
  present(): boolean;
}

const PROGRAMS: Program[] = [
  { pkg: 'chromium', present: () => existsSync(CHROMIUM) },
  { pkg: 'fonts-wqy-microhei', present: hasChineseFont },
  { pkg: 'redis-server', present: () => findRedisServer() !== undefined },
];

function hasChineseFont(): boolean {
  try {
    return execFileSync('fc-list', [':lang=zh'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() !== '';
  } catch {
    return false; // no fontconfig yet: chromium's and the font's packages bring it
  }
}

const onPath = (program: string) => (process.env.PATH ?? '').split(delimiter).some((d) => d && existsSync(join(d, program)));
const missing = () => PROGRAMS.filter((p) => !p.present()).map((p) => p.pkg);

let absent = missing();
if (absent.length && process.getuid?.() === 0 && onPath('apt-get')) {
  console.log(`npm test: installing ${absent.join(' ')} (apt-get)`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  // with their recommends: the variant tested on this machine (chromium's fonts and libraries)
  for (const args of [
    ['update', '-qq'],
    ['install', '-y', '-qq', ...absent],
  ]) {
    const r = spawnSync('apt-get', args, { env, stdio: ['ignore', 'ignore', 'inherit'] });
    if (r.status !== 0) break; // said on stderr; the check below names what is still missing
  }
  absent = missing();
}
if (absent.length) {
  console.error(
    `npm test needs ${absent.join(', ')}: install ${absent.length === 1 ? 'it' : 'them'} with "apt-get update && apt-get install -y ${absent.join(' ')}" (npm test does so itself when run as root)`,
  );
  process.exit(1);
}
