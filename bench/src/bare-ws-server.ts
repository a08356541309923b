// The baseline of figure 3: a bare `ws` server that broadcasts one payload to every socket when
// asked (POST /broadcast?size=BYTES), with nothing else to do. Runs as its own process.
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';

let seq = 0;
const server = http.createServer((req, res) => {
  const url = new URL(req.url ?? '/', 'http://localhost');
  if (req.method === 'POST' && url.pathname === '/broadcast') {
    seq += 1;
    const size = Number(url.searchParams.get('size') ?? '500');
    // A message shaped like a graphql-ws "next", padded to the same size as the real one.
    const head = JSON.stringify({ id: 'bare', type: 'next', payload: { data: { planActivity: { seq, fill: '' } } } });
    const payload = head.replace('"fill":""', `"fill":"${'x'.repeat(Math.max(0, size - head.length))}"`);
    for (const socket of wss.clients) socket.send(payload);
    res.end(JSON.stringify({ seq, clients: wss.clients.size }));
    return;
  }
  res.statusCode = 404;
  res.end();
});
const wss = new WebSocketServer({ server, path: '/ws' });
server.listen(0, '127.0.0.1', () => {
  console.log(`bare ws listening on http://127.0.0.1:${(server.address() as AddressInfo).port}/`);
});
const stop = () => {
  for (const socket of wss.clients) socket.terminate();
  server.close(() => process.exit(0));
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
