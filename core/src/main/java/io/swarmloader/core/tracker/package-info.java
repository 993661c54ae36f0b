/**
 * The WebTorrent tracker client (wire-protocol.md §3, §4 "Duplicates", §10).
 *
 * <p>Ownership: one {@link io.swarmloader.core.tracker.TrackerClient} per engine owns one {@code
 * TrackerSocket} per tracker URL and one {@code SwarmConnector} per joined swarm. A connector owns
 * one {@code TrackerSession} per tracker (its announce timer, tracker id and offer batch) and one
 * {@code PeerConnections} book (pending offers and, per remote peer ID, a {@code PeerGroup} of
 * connections). Handed-over channels belong to the {@code ConnectionListener}.
 *
 * <p>Scheduling rules: everything runs on the one event loop. Timers are the announce timer per
 * session (30 s until the tracker sends an interval), the 50 s lifetime of each connection that has
 * not opened, the 5 s duplicate grace per remote peer, and the reconnect timer per socket. Listener
 * callbacks are made last in each method, so a listener may call back in (even {@code destroy()})
 * safely. After {@code destroy()} no timer remains and no callback fires.
 */
package io.swarmloader.core.tracker;
