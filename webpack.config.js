// Builds the task pane (for Excel) and the preview (the same pane on a simulated workbook, for demos and tests).
//   npm run build            production build into dist/ (manifest URLs rewritten to CASE_AUDIT_URL)
//   npm start / dev-server   development server on port 3000 (https when dev certificates exist)
const fs = require('node:fs');
const os = require('node:os');
const path = require('node:path');
const HtmlWebpackPlugin = require('html-webpack-plugin');
const CopyWebpackPlugin = require('copy-webpack-plugin');

const DEV_URL = 'https://localhost:3000/';
const PORT = 3000;
const OFFICE_JS_CDN = 'https://appsforoffice.microsoft.com/lib/1/hosted/office.js';

/** The certificates `npx office-addin-dev-certs install` leaves behind; null when they are not there. */
function devCertificates() {
  const dir = path.join(os.homedir(), '.office-addin-dev-certs');
  const files = { key: 'localhost.key', cert: 'localhost.crt', ca: 'ca.crt' };
  const found = Object.fromEntries(Object.entries(files).map(([k, f]) => [k, path.join(dir, f)]));
  if (!Object.values(found).every((file) => fs.existsSync(file))) return null;
  return Object.fromEntries(Object.entries(found).map(([k, file]) => [k, fs.readFileSync(file)]));
}

/** Where the production add-in is hosted (CASE_AUDIT_URL), with a trailing slash; null when unset. */
function productionUrl(url = process.env.CASE_AUDIT_URL) {
  if (!url) return null;
  if (!/^https:\/\/[^/]+/.test(url)) {
    throw new Error(
      `CASE_AUDIT_URL must be an https:// address (Office loads add-ins only over https); got "${url}".`,
    );
  }
  return url.endsWith('/') ? url : `${url}/`;
}

/** The manifest with every dev-server URL pointing at the production host instead. */
function rewriteManifestUrls(manifest, url) {
  return manifest.split(DEV_URL).join(url);
}

function manifestTransform(production) {
  const url = production ? productionUrl() : null;
  if (production && !url) {
    console.warn(
      'CASE_AUDIT_URL is not set: dist/manifest.xml keeps https://localhost:3000/ (fine for local testing).',
    );
  }
  return (content) => (url ? rewriteManifestUrls(content.toString(), url) : content);
}

function makeConfig(_env, argv) {
  const production = argv.mode === 'production';
  const certificates = devCertificates();
  return {
    mode: production ? 'production' : 'development',
    devtool: production ? 'source-map' : 'eval-cheap-module-source-map',
    entry: {
      taskpane: './src/taskpane/index.tsx',
      preview: './src/preview/index.tsx',
    },
    output: {
      path: path.resolve(__dirname, 'dist'),
      filename: production ? '[name].[contenthash:8].js' : '[name].js',
      chunkFilename: production ? '[name].[contenthash:8].js' : '[name].js',
      clean: true,
    },
    resolve: { extensions: ['.ts', '.tsx', '.js'] },
    module: {
      rules: [
        {
          test: /\.tsx?$/,
          exclude: /node_modules/,
          use: {
            loader: 'swc-loader',
            options: {
              jsc: {
                parser: { syntax: 'typescript', tsx: true },
                transform: { react: { runtime: 'automatic', development: !production } },
                target: 'es2020',
              },
            },
          },
        },
        { test: /\.png$/, type: 'asset/resource' },
      ],
    },
    optimization: {
      // React changes rarely: its own chunk stays cached between releases. Fluent is split by webpack per
      // entry, so the task pane does not load the components only the preview uses (tabs, toolbar).
      splitChunks: {
        chunks: 'all',
        cacheGroups: {
          react: {
            test: /[\\/]node_modules[\\/](react|react-dom|scheduler)[\\/]/,
            name: 'react',
            priority: 20,
          },
        },
      },
    },
    performance: {
      hints: production ? 'warning' : false,
      // Uncompressed bytes. The budget that matters is gzipped: see docs/decisions.md, 8 ("Bundle budget").
      maxEntrypointSize: 1_000_000,
      maxAssetSize: 1_000_000,
    },
    plugins: [
      new HtmlWebpackPlugin({
        filename: 'taskpane.html',
        template: './src/taskpane/taskpane.html',
        chunks: ['taskpane'],
        officeJs: OFFICE_JS_CDN,
      }),
      new HtmlWebpackPlugin({
        filename: 'preview.html',
        template: './src/preview/preview.html',
        chunks: ['preview'],
      }),
      new CopyWebpackPlugin({
        patterns: [
          { from: 'assets/*.png' },
          { from: 'manifest.xml', to: 'manifest.xml', transform: manifestTransform(production) },
        ],
      }),
    ],
    devServer: {
      port: PORT,
      host: 'localhost',
      allowedHosts: 'all',
      headers: { 'Access-Control-Allow-Origin': '*' },
      // Excel needs https; without dev certificates the preview still works over plain http.
      server: certificates ? { type: 'https', options: certificates } : { type: 'http' },
      client: { overlay: { warnings: false } },
      open: false,
    },
  };
}

module.exports = makeConfig;
// For the manifest tests: the production rewrite is checked without running a build.
module.exports.productionUrl = productionUrl;
module.exports.rewriteManifestUrls = rewriteManifestUrls;
