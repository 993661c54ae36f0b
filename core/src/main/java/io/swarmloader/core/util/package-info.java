/**
 * Small collection and text helpers written for the bundle size (teavm-notes.md, bundle size): each
 * replaces a JDK call or a compiled Java construct whose form in the bundle costs more than the
 * call site needs.
 */
package io.swarmloader.core.util;
