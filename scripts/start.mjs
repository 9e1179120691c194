// npm start: the development server on port 3000, and where to point Excel and a browser.
// Uses the same webpack config as `npm run dev-server`, so https/http is decided in one place (devServer.server).
import { createRequire } from 'node:module';
import webpack from 'webpack';
import WebpackDevServer from 'webpack-dev-server';

const require = createRequire(import.meta.url);
const makeConfig = require('../webpack.config.js');

const config = makeConfig({}, { mode: 'development' });
const { devServer } = config;
const secure = devServer.server.type === 'https';
const origin = `${secure ? 'https' : 'http'}://localhost:${devServer.port}`;

// Quiet logs: the addresses below are what matters; errors and warnings still print.
config.infrastructureLogging = { level: 'warn' };
config.stats = 'errors-warnings';
const compiler = webpack(config);
const server = new WebpackDevServer({ ...devServer, setupExitSignals: false }, compiler);

let announced = false;
compiler.hooks.done.tap('case-audit-start', (stats) => {
  if (stats.hasErrors()) {
    console.error(stats.toString({ all: false, errors: true, colors: true }));
    return;
  }
  if (announced) return;
  announced = true;
  const lines = [
    '',
    'Case Audit is running.',
    `  Task pane for Excel:  ${origin}/taskpane.html   (sideload manifest.xml)`,
    `  Browser preview:      ${origin}/preview.html    (simulated workbook, no Excel needed)`,
    '',
    secure
      ? 'Serving https with the office-addin-dev-certs certificates in ~/.office-addin-dev-certs.'
      : [
          'Serving plain http: no dev certificates in ~/.office-addin-dev-certs.',
          'The preview works as it is. Excel loads add-ins only over https: see docs/sideloading.md',
          'to create and trust the certificates, then run npm start again.',
        ].join('\n'),
    '',
    'Press Ctrl+C to stop.',
  ];
  console.log(lines.join('\n'));
});

let stopping = false;
async function stop() {
  if (stopping) return;
  stopping = true;
  console.log('\nStopping Case Audit...');
  await server.stop();
  await new Promise((done) => compiler.close(() => done()));
  console.log('Stopped.');
}
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    stop().then(
      () => process.exit(0),
      () => process.exit(1),
    );
  });
}

try {
  console.log(`Starting the development server on ${origin} (the first build takes about half a minute)...`);
  await server.start();
} catch (error) {
  const inUse = error && typeof error === 'object' && 'code' in error && error.code === 'EADDRINUSE';
  console.error(
    inUse
      ? `Port ${devServer.port} is already in use. The manifest points at ${devServer.port}: stop the other server and run npm start again.`
      : `The development server could not start: ${error instanceof Error ? error.message : String(error)}`,
  );
  process.exit(1);
}
