// WebSocket echo server for the browser runtime self-test. Listens on 127.0.0.1 at a free port and
// prints "listening <port>". Text frames are echoed, except two commands: "binary-me" answers with
// a binary frame and then the text "after-binary"; "close-me" closes the socket from the server.
// Stops on SIGTERM or when stdin closes (the test JVM went away).
import { WebSocketServer } from 'ws';

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('listening', () => console.log('listening ' + server.address().port));
server.on('connection', (socket) => {
  socket.on('message', (data, isBinary) => {
    if (isBinary) return;
    const text = data.toString('utf8');
    if (text === 'close-me') {
      socket.close(1000, 'asked to');
    } else if (text === 'binary-me') {
      socket.send(Buffer.from([1, 2, 3]));
      socket.send('after-binary');
    } else {
      socket.send(text);
    }
  });
});
const stop = () => server.close(() => process.exit(0));
process.on('SIGTERM', stop);
process.stdin.on('end', stop);
process.stdin.resume();
