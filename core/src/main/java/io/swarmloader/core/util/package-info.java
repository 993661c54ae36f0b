/**
 * Small collection helpers written for the bundle size (teavm-notes.md, bundle size): each replaces
 * a JDK call whose compiled form would pull in more than the call site needs.
 */
package io.swarmloader.core.util;
