// WebSocket-only WebTorrent tracker for the e2e tests (browser-testing.md §7).
//   node tracker.mjs <port>
// Only the server module of bittorrent-tracker 11.2.3 is imported (the package root needs the
// native node-datachannel). Listens on 127.0.0.1; no UDP, no HTTP announce, no stats page.
import Server from 'bittorrent-tracker/server';

const port = Number(process.argv[2]);
const server = new Server({ udp: false, http: false, ws: true, stats: false, trustProxy: false });

function log(...parts) {
  console.log(new Date().toISOString(), ...parts);
}

function peerLabel(peerId) {
  if (!peerId) {
    return '?';
  }
  // Peer IDs arrive as hex in the server's params; show the printable client prefix too.
  const prefix = Buffer.from(String(peerId).substring(0, 16), 'hex').toString('latin1');
  return prefix + '/' + String(peerId).substring(16, 28);
}

server.on('error', (err) => log('error', err && err.message));
server.on('warning', (err) => log('warning', err && err.message));
for (const event of ['start', 'stop', 'complete']) {
  server.on(event, (addr, params) => {
    const swarm = server.torrents[params.info_hash];
    log(event, peerLabel(params.peer_id), 'info_hash', params.info_hash,
      'peers', swarm ? swarm.peers.length : 0);
  });
}
server.listen(port, '127.0.0.1', () => {
  log('tracker listening on', JSON.stringify(server.ws.address()));
});
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    log('stopping on ' + sig);
    server.close(() => process.exit(0));
    setTimeout(() => process.exit(0), 1000).unref();
  });
}
