// SwarmLoader demo: serves the demo page, the built bundles and the test streams on 127.0.0.1 and
// runs a local WebTorrent tracker. Ctrl-C stops everything.
// Usage: node demo-web/server.mjs [--port 8080] [--tracker-port 8000]
import { startDemo } from "./lib/demo-server.mjs";

const args = process.argv.slice(2);
const option = (name, fallback) => {
  const i = args.indexOf(name);
  return i >= 0 ? Number(args[i + 1]) : fallback;
};

let demo;
try {
  demo = await startDemo({ port: option("--port", 8080), trackerPort: option("--tracker-port", 8000) });
} catch (e) {
  console.error(`Could not start the demo: ${e.message}`);
  process.exit(1);
}
console.log(`SwarmLoader demo: ${demo.url}`);
console.log(`Tracker: ${demo.trackerUrl}`);
console.log(`Streams: ${demo.streams.map((s) => s.id).join(", ")}`);
console.log("Press Ctrl-C to stop.");

let stopping = false;
async function stop(signal) {
  if (stopping) return;
  stopping = true;
  console.log(`\nStopping (${signal})...`);
  setTimeout(() => process.exit(0), 3000).unref();
  await demo.close();
  console.log("Stopped.");
  process.exit(0);
}
process.on("SIGINT", stop);
process.on("SIGTERM", stop);
