// The floor: a bare `ws` relay that forwards every message to the other sockets of the same
// URL path. No Yjs, no auth, no persistence — the least work any relay can do.
import { WebSocketServer } from 'ws';

const port = Number(process.env.PORT ?? 0);
const rooms = new Map();
const wss = new WebSocketServer({ port, host: '127.0.0.1' });
wss.on('connection', (socket, request) => {
  const room = request.url ?? '/';
  let members = rooms.get(room);
  if (!members) rooms.set(room, (members = new Set()));
  members.add(socket);
  socket.on('message', (data, isBinary) => {
    for (const peer of members) if (peer !== socket && peer.readyState === 1) peer.send(data, { binary: isBinary });
  });
  socket.on('close', () => members.delete(socket));
});
wss.on('listening', () => process.stdout.write(`READY ${wss.address().port}\n`));
