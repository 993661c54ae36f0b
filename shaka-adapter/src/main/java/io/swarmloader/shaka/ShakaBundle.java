package io.swarmloader.shaka;

import io.swarmloader.browser.api.JsErrors;
import io.swarmloader.browser.api.JsStreamShortId;
import org.teavm.jso.JSExport;
import org.teavm.jso.JSExportClasses;
import org.teavm.jso.JSObject;

/**
 * Entry point of the swarmloader-shaka bundle. TeaVM exports {@link ShakaP2PEngine} and the
 * functions below; the package's ES module entry ({@code src/main/js/index.js}) re-exports the
 * public names ({@code ShakaP2PEngine}, {@code RequestError}, {@code CoreRequestError}, {@code
 * generateStreamShortId}) and keeps TeaVM's {@code main} and the helpers out of the public surface.
 */
@JSExportClasses({ShakaP2PEngine.class})
public final class ShakaBundle {
  private ShakaBundle() {}

  public static void main(String[] args) {}

  /** The {@code RequestError} class (player-integration.md §1.6). */
  @JSExport
  public static JSObject requestErrorClass() {
    return JsErrors.requestErrorClass();
  }

  /** The {@code CoreRequestError} class. */
  @JSExport
  public static JSObject coreRequestErrorClass() {
    return JsErrors.coreRequestErrorClass();
  }

  /** {@code generateStreamShortId(props)} (wire-protocol.md §2.1). */
  @JSExport
  public static String generateStreamShortId(JSObject props) {
    return JsStreamShortId.generate(props);
  }
}
