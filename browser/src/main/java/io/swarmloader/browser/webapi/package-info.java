/**
 * Thin JSO bindings of the Web APIs that teavm-jso-apis 0.16.0 lacks (teavm-notes.md §4.2): {@code
 * fetch} with {@code Response}, {@code Headers} and {@code AbortController}; {@code
 * RTCPeerConnection} and {@code RTCDataChannel}. Each type is named after its Web interface and
 * keeps its member names. No logic lives here: the implementations of core's platform seam in
 * {@code io.swarmloader.browser} use these types, catch every JavaScript error at the call site
 * (the {@code try*} helpers return an error text instead of throwing) and never let a Java
 * exception reach the page.
 */
package io.swarmloader.browser.webapi;
