// First step of `npm test`: stop with one clear line when Chromium is missing, never download one.
import { chromiumAvailable, chromiumPath } from './chromium.mjs';

if (!chromiumAvailable()) {
  console.error(
    `Chromium not found at ${chromiumPath()}: install it with \`apt-get install -y chromium\` (or set CHROME_PATH to a Chromium binary), then run npm test again.`,
  );
  process.exit(1);
}
