import { execFileSync } from 'node:child_process';
import { defineConfig } from '@playwright/test';

// Browser tests run the production build of the preview (built once, served statically): faster on two
// cores than a dev server, and it is what people see. Chromium is Debian's (PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD=1).

/** A free port, chosen once: workers re-read this file and inherit the runner's environment. */
function freePort(): string {
  const script =
    "const s=require('node:net').createServer().listen(0,'127.0.0.1',()=>{console.log(s.address().port);s.close()})";
  return execFileSync(process.execPath, ['-e', script], { encoding: 'utf8' }).trim();
}
process.env.CASE_AUDIT_TEST_PORT ??= freePort();
const port = Number(process.env.CASE_AUDIT_TEST_PORT);

export default defineConfig({
  testDir: 'test/browser',
  outputDir: 'test-results/browser',
  fullyParallel: false,
  workers: 1,
  retries: 0,
  forbidOnly: !!process.env.CI,
  timeout: 120_000,
  reporter: [['list']],
  use: {
    baseURL: `http://127.0.0.1:${port}/`,
    browserName: 'chromium',
    viewport: { width: 1400, height: 860 },
    launchOptions: {
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-dev-shm-usage',
        '--disable-gpu',
        '--disable-background-networking',
        '--disable-component-update',
        '--no-first-run',
        '--disable-sync',
      ],
    },
    trace: 'retain-on-failure',
  },
  webServer: {
    command: `npx webpack --mode production && node test/browser/serveDist.mjs ${port}`,
    url: `http://127.0.0.1:${port}/preview.html`,
    timeout: 240_000,
    reuseExistingServer: false,
    stdout: 'ignore',
    stderr: 'pipe',
  },
});
