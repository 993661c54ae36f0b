// The swarm runner's views: the live progress lines, the summary (per peer and for the swarm), the
// text table and the HTML report (chart.js inlined, so the file opens anywhere without a server).
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ROOT } from "../demo-web/lib/demo-server.mjs";

const MIB = 1024 * 1024;
const mib = (n) => `${(n / MIB).toFixed(1)} MiB`;
const pct = (x) => (x === null ? "–" : `${(x * 100).toFixed(1)} %`);
const secs = (ms) => (ms === null || ms === undefined ? "–" : `${(ms / 1000).toFixed(1)} s`);

/** One line per peer: playback time, P2P share, connected peers, stalls. */
export function progressLines(peers, t, durationS) {
  const head = `t = ${(t / 1000).toFixed(0).padStart(4)} / ${durationS} s   peer  playback   P2P %   peers  stalls  state`;
  return [head, ...peers.map((p) => {
    const s = p.stats;
    let state = p.openedAtMs === undefined ? "waiting to join" : "starting";
    if (p.error) state = `error: ${p.error.slice(0, 50)}`;
    if (s) state = s.error ? `error: ${s.error.slice(0, 50)}` : s.phase;
    const total = s ? s.bytes.http + s.bytes.p2p : 0;
    const cols = s
      ? [`${s.currentTime.toFixed(1)} s`.padStart(9), pct(total ? s.bytes.p2p / total : 0).padStart(7),
        String(s.peerCount).padStart(6), `${s.stalls}`.padStart(7)]
      : ["", "", "", ""].map((c, i) => c.padStart([9, 7, 6, 7][i]));
    return `${" ".repeat(19)}${p.name.padStart(4)} ${cols.join(" ")}  ${state}`;
  })];
}

/**
 * Per-peer and swarm figures from the final page stats. `originBytes`, the segment bytes the demo
 * server itself served, gives the headline: origin offload = 1 − origin bytes / segment bytes the
 * players received (engine events miss storage hits, so they are secondary).
 */
export function summarize(peers, opts, originBytes = null) {
  const rows = peers.map((p) => {
    const s = p.stats;
    const http = s ? s.bytes.http : 0;
    const p2p = s ? s.bytes.p2p : 0;
    return {
      peer: p.name, joinAtS: (p.openedAtMs ?? p.joinAtMs) / 1000, http, p2p, upload: s ? s.bytes.upload : 0,
      offload: http + p2p ? p2p / (http + p2p) : 0, stalls: s ? s.stalls : 0,
      stallMs: s ? s.stallMs : 0, startupMs: s ? s.startupMs : null, firstP2pMs: s ? s.firstP2pMs : null,
      playedS: s ? s.playedS : 0, error: p.error || (s && s.error) || null,
      playerBytes: s && s.bytes.player ? s.bytes.player : 0,
      latencyMedianS: s && s.latency ? s.latency.medianS : null,
      latencyMaxS: s && s.latency ? s.latency.maxS : null,
    };
  });
  const sum = (k) => rows.reduce((a, r) => a + r[k], 0);
  const http = sum("http");
  const p2p = sum("p2p");
  const mean = (k) => {
    const v = rows.map((r) => r[k]).filter((x) => x !== null);
    return v.length ? v.reduce((a, b) => a + b, 0) / v.length : null;
  };
  return {
    engine: opts.engine, player: opts.player, stream: opts.stream, peers: rows.length,
    durationS: opts.duration, seed: opts.seed, core: opts.core || {}, rows,
    swarm: { http, p2p, upload: sum("upload"), offload: http + p2p ? p2p / (http + p2p) : 0,
      bound: 1 - 1 / rows.length, stalls: sum("stalls"), stallMs: sum("stallMs"),
      startupMs: mean("startupMs"), firstP2pMs: mean("firstP2pMs"), playedS: sum("playedS"),
      errors: rows.filter((r) => r.error).length, originBytes, playerBytes: sum("playerBytes"),
      originOffload: originBytes !== null && sum("playerBytes") > 0
        ? 1 - originBytes / sum("playerBytes") : null,
      latencyMedianS: median(rows.map((r) => r.latencyMedianS)),
      latencyMaxS: Math.max(...rows.map((r) => r.latencyMaxS ?? -Infinity)) },
  };
}

const COLUMNS = ["Peer", "Joined", "HTTP", "P2P", "Upload", "Offload", "Bound 1 − 1/N", "Stalls",
  "Stall time", "Startup", "First P2P byte", "Played", "Latency med/max"];

function median(values) {
  const v = values.filter((x) => x !== null && x !== undefined).sort((a, b) => a - b);
  return v.length ? v[Math.floor(v.length / 2)] : null;
}

const latency = (r) => (r.latencyMedianS === null || r.latencyMedianS === undefined ? "–"
  : `${r.latencyMedianS.toFixed(1)} / ${r.latencyMaxS.toFixed(1)} s`);

function cells(r, bound, label) {
  return [label, label === "swarm" ? "" : `${r.joinAtS.toFixed(1)} s`, mib(r.http), mib(r.p2p),
    mib(r.upload), pct(r.offload), pct(bound), String(r.stalls), secs(r.stallMs),
    secs(r.startupMs), secs(r.firstP2pMs), `${r.playedS.toFixed(0)} s`, latency(r)];
}

function tableRows(summary) {
  const bound = summary.swarm.bound;
  return [...summary.rows.map((r) => cells(r, bound, r.peer)),
    cells({ ...summary.swarm, joinAtS: 0 }, bound, "swarm")];
}

/** A plain-text table (the last row is the whole swarm; startup and first P2P are means). */
export function summaryTable(summary) {
  const rows = [COLUMNS, ...tableRows(summary)];
  const widths = COLUMNS.map((_, i) => Math.max(...rows.map((r) => r[i].length)));
  const line = (r) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]) : c.padStart(widths[i]))).join("  ");
  const errors = summary.rows.filter((r) => r.error).map((r) => `  ${r.peer}: ${r.error}`);
  const o = summary.swarm;
  const origin = o.originOffload === null || o.originOffload === undefined ? []
    : [`Origin offload ${pct(o.originOffload)}: the origin served ${mib(o.originBytes)} of segments,`
      + ` the players received ${mib(o.playerBytes)}`];
  return [`${summary.engine} + ${summary.player}, ${summary.stream}, ${summary.peers} peers, `
    + `${summary.durationS} s, seed ${summary.seed}`, ...origin, line(rows[0]),
  widths.map((w) => "-".repeat(w)).join("  "), ...rows.slice(1).map(line),
  ...(errors.length ? ["Errors:", ...errors] : [])].join("\n");
}

function escapeHtml(s) {
  return String(s).replace(/[&<>"]/g, (c) => ({ "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;" })[c]);
}

/** A self-contained HTML page: the table, swarm rates over time and each peer's P2P share. */
export function reportHtml(report) {
  const chartJs = readFileSync(join(ROOT, "node_modules/chart.js/dist/chart.umd.min.js"), "utf8");
  const s = report.summary;
  const table = `<table><thead><tr>${COLUMNS.map((c) => `<th>${c}</th>`).join("")}</tr></thead><tbody>${
    tableRows(s).map((r) => `<tr>${r.map((c) => `<td>${escapeHtml(c)}</td>`).join("")}</tr>`).join("")
  }</tbody></table>`;
  const data = JSON.stringify(report.peers.map((p) => ({ name: p.name, samples: p.samples })))
    .replace(/</g, "\\u003c");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8">
<title>Swarm report: ${escapeHtml(`${s.engine} + ${s.player}, ${s.stream}`)}</title>
<style>body{font:14px/1.45 system-ui,sans-serif;margin:1.5rem auto;max-width:72rem;color:#1f2937}
table{border-collapse:collapse;width:100%;margin:1rem 0}th,td{padding:.3rem .5rem;border-bottom:1px solid #e5e7eb;text-align:right}
th:first-child,td:first-child{text-align:left}tbody tr:last-child{font-weight:600;background:#f3f4f6}
.box{position:relative;height:320px;margin:1rem 0 2rem}</style></head><body>
<h1>Swarm report</h1>
<p>${escapeHtml(`${s.engine} + ${s.player}, stream ${s.stream}, ${s.peers} peers, ${s.durationS} s, seed ${s.seed}; ${report.date}`)}</p>
${table}
<h2>Swarm download rate (Mbit/s, 5 s average)</h2><div class="box"><canvas id="rates"></canvas></div>
<h2>P2P share of each peer's downloads so far</h2><div class="box"><canvas id="shares"></canvas></div>
<script>${chartJs}</script>
<script>
const peers = ${data};
const colors = ["#2563eb", "#16a34a", "#dc2626", "#9333ea", "#ea580c", "#0891b2", "#ca8a04", "#db2777"];
const step = 5000;
const end = Math.max(0, ...peers.flatMap((p) => p.samples.map((x) => x[0])));
const at = (p, t, k) => { let v = 0; for (const x of p.samples) { if (x[0] <= t) v = x[k]; } return v; };
const times = []; for (let t = step; t <= end; t += step) times.push(t);
const rate = (k) => times.map((t) => peers.reduce((a, p) => a + at(p, t, k) - at(p, t - step, k), 0) * 8 / 1e6 / (step / 1000));
const opts = (y) => ({ animation: false, maintainAspectRatio: false, scales: { x: { title: { display: true, text: "s since the first peer joined" } }, y: { beginAtZero: true, title: { display: true, text: y } } } });
new Chart(document.getElementById("rates"), { type: "line", data: { labels: times.map((t) => t / 1000), datasets: [
  { label: "HTTP", data: rate(1), borderColor: "#e8833a", backgroundColor: "#e8833a33", fill: true, pointRadius: 0 },
  { label: "P2P", data: rate(2), borderColor: "#2e9e5b", backgroundColor: "#2e9e5b33", fill: true, pointRadius: 0 }] }, options: opts("Mbit/s") });
new Chart(document.getElementById("shares"), { type: "line", data: { datasets: peers.map((p, i) => ({ label: "peer " + p.name,
  data: p.samples.map((x) => ({ x: x[0] / 1000, y: x[1] + x[2] ? 100 * x[2] / (x[1] + x[2]) : 0 })), borderColor: colors[i % colors.length], pointRadius: 0 })) },
  options: { ...opts("% over P2P"), scales: { x: { type: "linear", max: Math.ceil(end / 1000), title: { display: true, text: "s since the first peer joined" } }, y: { min: 0, max: 100, title: { display: true, text: "% over P2P" } } } } });
</script></body></html>
`;
}
