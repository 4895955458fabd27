// The dashboard's HTTP server: Next.js behind a plain Node server, so that every request carries the address of the
// socket it came from (Next's route handlers see only a Request). Whatever a client sent as x-claimdesk-peer is
// overwritten; the app believes X-Forwarded-* only when this peer is a trusted proxy (CLAIMDESK_TRUSTED_PROXIES).
// Started by `claimdesk serve`: node server.mjs [--dev] --port N --hostname H
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import next from 'next';

const { values } = parseArgs({ options: { dev: { type: 'boolean', default: false }, port: { type: 'string', default: '3000' }, hostname: { type: 'string', default: '0.0.0.0' } } });
const port = Number(values.port);
const app = next({ dev: values.dev, dir: import.meta.dirname, hostname: values.hostname, port });
const handle = app.getRequestHandler();
await app.prepare();

const server = createServer((req, res) => {
  req.headers['x-claimdesk-peer'] = req.socket.remoteAddress ?? '';
  void handle(req, res);
});
if (values.dev) server.on('upgrade', app.getUpgradeHandler());
server.listen(port, values.hostname, () => {
  console.log(`ready: listening on ${values.hostname}:${port}`);
});
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.close(() => process.exit(0)));
