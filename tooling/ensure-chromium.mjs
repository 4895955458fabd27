// Browser tests drive Debian's Chromium through playwright-core (Playwright cannot download browsers here).
// Installs it with apt-get when missing and we are allowed to; otherwise says exactly what to do.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const path = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
if (existsSync(path)) process.exit(0);

const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
const sudo = isRoot ? '' : 'sudo -n ';
try {
  console.log(`Chromium not found at ${path}: installing Debian's chromium package…`);
  execSync(`${sudo}apt-get update -qq && ${sudo}env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium`, { stdio: 'inherit' });
} catch {
  console.error('Could not install Chromium. Install it yourself (e.g. `sudo apt-get install chromium`) or set CHROMIUM_PATH.');
  process.exit(1);
}
if (!existsSync(path)) {
  console.error(`Chromium was installed but is not at ${path}: set CHROMIUM_PATH to its location.`);
  process.exit(1);
}
