package io.swarmloader.browser;

import io.swarmloader.core.platform.Logger;
import io.swarmloader.core.util.Text;
import org.teavm.jso.JSBody;

/** {@link Logger} writing to the browser console with a "[swarmloader]" prefix. */
public final class ConsoleLogger implements Logger {
  @Override
  public void log(String level, String message) {
    if ("warn".equals(level)) {
      warn0(Text.cat("[swarmloader] ", message));
    } else if ("error".equals(level)) {
      error0(Text.cat("[swarmloader] ", message));
    } else {
      debug0(Text.cat("[swarmloader] ", message));
    }
  }

  @JSBody(params = "m", script = "console.warn(m);")
  private static native void warn0(String m);

  @JSBody(params = "m", script = "console.error(m);")
  private static native void error0(String m);

  @JSBody(params = "m", script = "console.debug(m);")
  private static native void debug0(String m);
}
