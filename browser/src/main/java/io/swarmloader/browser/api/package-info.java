/**
 * The JavaScript API glue shared by the player adapters (player-integration.md §1): JS config
 * objects to and from core's config tree, JS callbacks wrapped as core interfaces (validators,
 * {@code httpRequestSetup}, custom segment storage), JS event listeners fed by core events with the
 * exact 2.3 payloads, and the {@code RequestError} / {@code CoreRequestError} classes.
 *
 * <p>Boundary rules: values handed to JavaScript are plain JS objects built here, never Java
 * objects; bytes cross as copies in the Java-to-JS direction (the receiver may keep, transfer or
 * detach them); every call into application code is guarded so that its exceptions are logged and
 * never reach the engine.
 */
package io.swarmloader.browser.api;
