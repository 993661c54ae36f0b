// The demo page: reads its setup from the URL query (so a link reproduces it), starts the player,
// and shows traffic (chart.js), connected peers (vis-network) and an event log. `headless=1` skips
// the views; the swarm runner then reads window.swarmDemo.stats().
import { createMeter, formatBytes, short } from "./meter.js";
import { PLAYERS } from "/player-recipes/recipes.js";
import { startPlayer } from "./players.js";

const CORE_NUMBERS = ["highDemandTimeWindow", "httpDownloadTimeWindow", "p2pDownloadTimeWindow",
  "simultaneousHttpDownloads", "simultaneousP2PDownloads", "httpDownloadInitialTimeoutMs",
  "httpFirstTimeWindow", "initialPeerWaitMs"];
const WINDOW_S = 120;
const LOG_CAP = 300;
const SMOOTH_S = 4;

const query = new URLSearchParams(location.search);
const config = await fetch("/config.json").then((r) => r.json());
const setup = readSetup(query, config);
const meter = createMeter(setup);
window.swarmDemo = { setup, stats: meter.stats };
const video = document.getElementById("video");
const status = document.getElementById("status");

fillForm(document.getElementById("setup"), setup, config);
document.getElementById("open-peer").onclick = () => window.open(location.href, "_blank");
if (!setup.headless) startViews();
if (!PLAYERS[setup.player]) meter.attachVideo(video); // recipe players: their own <video>
status.textContent = `${labels(setup)} — loading…`;
try {
  if (!setup.src) throw new Error("no stream URL");
  if (setup.kind === "dash" && !playsDash(setup.player)) {
    throw new Error(`${playerLabel(setup.player)} plays HLS only: choose Shaka Player (or a player `
      + "with Shaka) for a DASH stream");
  }
  window.swarmDemo.session = await startPlayer(setup, video, meter);
  status.textContent = labels(setup);
} catch (e) {
  meter.fail("setup", e);
  status.textContent = `Error: ${e.message}`;
  status.classList.add("error");
}

/** The page setup from the query; missing values take the defaults. */
function readSetup(q, cfg) {
  const streamId = q.get("stream") || "hls-live";
  const builtIn = cfg.streams.find((s) => s.id === streamId);
  const src = builtIn ? new URL(builtIn.path, location.href).href : q.get("url") || "";
  const trackers = (q.get("trackers") || cfg.trackers.join(",")).split(",").map((t) => t.trim())
    .filter(Boolean);
  const core = { announceTrackers: trackers, rtcConfig: { iceServers: [] } };
  for (const key of CORE_NUMBERS) {
    if (q.get(key)) core[key] = Number(q.get(key));
  }
  if (q.get("swarmId")) core.swarmId = q.get("swarmId");
  if (q.get("isP2PUploadDisabled") === "1") core.isP2PUploadDisabled = true;
  return {
    player: ["shaka", ...Object.keys(PLAYERS)].includes(q.get("player")) ? q.get("player") : "hlsjs",
    engine: ["p2pml", "http"].includes(q.get("engine")) ? q.get("engine") : "swarmloader",
    stream: builtIn ? streamId : "url",
    kind: builtIn ? builtIn.kind : /\.mpd(\?|$)/.test(src) ? "dash" : "hls",
    src,
    liveSync: Number(q.get("liveSync") || 15),
    core,
    headless: q.get("headless") === "1",
  };
}

function fillForm(form, s, cfg) {
  const streams = form.elements.stream;
  for (const entry of [...cfg.streams, { id: "url", title: "Other URL (below)" }]) {
    streams.append(new Option(entry.title, entry.id));
  }
  for (const [id, p] of Object.entries(PLAYERS)) form.elements.player.append(new Option(p.label, id));
  form.elements.player.value = s.player;
  form.elements.engine.value = s.engine;
  streams.value = s.stream;
  form.elements.url.value = query.get("url") || "";
  form.elements.trackers.value = s.core.announceTrackers.join(", ");
  form.elements.swarmId.value = s.core.swarmId || "";
  form.elements.liveSync.value = s.liveSync;
  for (const key of CORE_NUMBERS) form.elements[key].value = query.get(key) || "";
  form.elements.isP2PUploadDisabled.checked = !!s.core.isP2PUploadDisabled;
  form.onsubmit = (e) => {
    e.preventDefault();
    const next = new URLSearchParams();
    for (const el of form.elements) {
      if (!el.name) continue;
      if (el.type === "checkbox") {
        if (el.checked) next.set(el.name, "1");
      } else if (el.value !== "" && !(el.name === "url" && streams.value !== "url")) {
        next.set(el.name, el.name === "trackers" ? el.value.replace(/\s+/g, "") : el.value);
      }
    }
    location.search = next.toString();
  };
}

function playerLabel(id) {
  return { hlsjs: "Hls.js", shaka: "Shaka Player" }[id] || PLAYERS[id].label;
}

function playsDash(id) {
  return id === "shaka" || (PLAYERS[id] && PLAYERS[id].kinds.includes("dash"));
}

function labels(s) {
  const player = playerLabel(s.player);
  const engine = { swarmloader: "SwarmLoader", p2pml: "p2p-media-loader 2.3.1", http: "HTTP only" };
  return `${player} + ${engine[s.engine]} · ${s.stream === "url" ? s.src : s.stream}`;
}

function startViews() {
  const chart = createChart(document.getElementById("chart"));
  const graph = createGraph(document.getElementById("graph"));
  const log = document.getElementById("log");
  meter.onEvent((e) => {
    const li = document.createElement("li");
    li.className = e.name;
    li.innerHTML = `<time>${(e.ms / 1000).toFixed(1)} s</time><b>${e.name}</b> <span></span>`;
    li.querySelector("span").textContent = e.text;
    log.prepend(li);
    while (log.childElementCount > LOG_CAP) log.lastElementChild.remove();
  });
  // Rates are plotted every second as the average over the last SMOOTH_S seconds: segments
  // arrive in bursts, so one-second buckets would be mostly spikes and gaps.
  const history = [meter.stats()];
  setInterval(() => {
    const now = meter.stats();
    history.push(now);
    if (history.length > SMOOTH_S + 1) history.shift();
    const from = history[0];
    const dt = (now.ms - from.ms) / 1000;
    const mbps = (key) => (((now.bytes[key] - from.bytes[key]) * 8) / 1e6 / dt);
    chart.push(Math.round(now.ms / 1000), [mbps("http"), mbps("p2p"), mbps("upload")]);
    graph.update(now.peers);
    showTotals(now);
  }, 1000);
}

function showTotals(s) {
  const set = (id, value) => { document.getElementById(id).textContent = value; };
  set("total-http", formatBytes(s.bytes.http));
  set("total-p2p", formatBytes(s.bytes.p2p));
  set("total-up", formatBytes(s.bytes.upload));
  set("offload", `${(s.offload * 100).toFixed(1)} %`);
  set("peer-count", String(s.peerCount));
  set("stalls", s.stalls ? `${s.stalls} (${(s.stallMs / 1000).toFixed(1)} s)` : "0");
}

/** A chart.js line chart of three rates over a rolling two-minute window. */
function createChart(canvas) {
  const series = [["HTTP download", "#e8833a"], ["P2P download", "#2e9e5b"], ["P2P upload", "#3b7dd8"]];
  const chart = new window.Chart(canvas, {
    type: "line",
    data: {
      labels: [],
      datasets: series.map(([label, color]) => ({
        label, data: [], borderColor: color, backgroundColor: `${color}33`, fill: true,
        pointRadius: 0, borderWidth: 2, tension: 0.25,
      })),
    },
    options: {
      animation: false,
      maintainAspectRatio: false,
      interaction: { mode: "index", intersect: false },
      scales: {
        x: { title: { display: true, text: "seconds since page load" }, ticks: { maxTicksLimit: 12 } },
        y: { beginAtZero: true, title: { display: true, text: "Mbit/s" } },
      },
      plugins: { legend: { position: "top" } },
    },
  });
  window.swarmDemo.chart = chart;
  return {
    push(second, values) {
      chart.data.labels.push(second);
      values.forEach((v, i) => chart.data.datasets[i].data.push(Math.round(v * 1000) / 1000));
      if (chart.data.labels.length > WINDOW_S) {
        chart.data.labels.shift();
        chart.data.datasets.forEach((d) => d.data.shift());
      }
      chart.update("none");
    },
  };
}

/** A vis-network graph: this peer in the middle, connected peers around it, edges with bytes. */
function createGraph(container) {
  const { DataSet, Network } = window.vis;
  const nodes = new DataSet([{ id: "self", label: "this peer", shape: "box",
    color: { background: "#1f2937", border: "#111827" }, font: { color: "#fff" } }]);
  const edges = new DataSet([]);
  const network = new Network(container, { nodes, edges }, {
    physics: { stabilization: false, barnesHut: { springLength: 140 } },
    nodes: { shape: "dot", size: 14, color: { background: "#2e9e5b", border: "#1d6b3c" },
      font: { size: 13 } },
    edges: { color: "#9ca3af", font: { size: 11, align: "horizontal", background: "#fff" } },
    interaction: { zoomView: false, dragView: false },
  });
  window.swarmDemo.graph = { nodes, edges, network };
  return {
    update(peers) {
      const live = peers.filter((p) => p.connected);
      const ids = new Set(live.map((p) => p.id));
      nodes.remove(nodes.getIds().filter((id) => id !== "self" && !ids.has(id)));
      edges.remove(edges.getIds().filter((id) => !ids.has(id)));
      for (const p of live) {
        nodes.update({ id: p.id, label: `peer …${short(p.id)}\n${p.streams.join(", ")}` });
        edges.update({ id: p.id, from: "self", to: p.id, width: 1 + Math.min(6, (p.down + p.up) / 4e6),
          label: `↓ ${formatBytes(p.down)}  ↑ ${formatBytes(p.up)}` });
      }
    },
  };
}
