package io.swarmloader.browser.check;

import io.swarmloader.browser.BrowserTimers;
import io.swarmloader.browser.Bytes;
import io.swarmloader.browser.ConsoleLogger;
import io.swarmloader.browser.FetchHttpClient;
import io.swarmloader.core.platform.Cancellable;
import io.swarmloader.core.platform.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.teavm.jso.JSBody;
import org.teavm.jso.JSObject;
import org.teavm.jso.core.JSPromise;
import org.teavm.jso.core.JSString;
import org.teavm.jso.typedarrays.Uint8Array;

/**
 * {@link FetchHttpClient} against the Selenium test's server: a streamed 2 MB body, Range requests,
 * abort mid-stream and before the response, a refused connection, extra headers, a prepared {@code
 * Request}, and credentials cross-origin. Digests and echoed headers are reported for the test to
 * compare.
 */
final class FetchChecks {
  /** How long to watch for events after a cancel. */
  private static final int QUIET_MS = 600;

  private final FetchHttpClient http = new FetchHttpClient(new ConsoleLogger());
  private final BrowserTimers timers = new BrowserTimers();
  private final SelfTestOptions options;
  private final JsRecord out;

  FetchChecks(SelfTestOptions options, JsRecord out) {
    this.options = options;
    this.out = out;
  }

  void run(Sequence sequence) {
    String blob = options.getBase() + "/data/blob";
    sequence
        .then(done -> whole(out.child("full"), HttpRequest.get(blob, null), done))
        .then(done -> whole(out.child("range"), HttpRequest.get(blob, "bytes=1000-1999"), done))
        .then(done -> whole(out.child("openRange"), HttpRequest.get(blob, "bytes=1999000-"), done))
        .then(
            done ->
                whole(
                    out.child("missing"),
                    HttpRequest.get(options.getBase() + "/data/missing", null),
                    done))
        .then(done -> abortOnFirstChunk(out.child("abortMidStream"), done))
        .then(done -> abortAtOnce(out.child("abortBeforeResponse"), done))
        .then(done -> abortInOnResponse(out.child("abortInOnResponse"), done))
        .then(
            done ->
                whole(out.child("refused"), HttpRequest.get(options.getRefusedUrl(), null), done))
        .then(
            done -> {
              HttpRequest request =
                  new HttpRequest(
                      options.getBase() + "/data/echo",
                      "bytes=0-",
                      Map.of("X-Swarm-Test", "abc"),
                      false,
                      null);
              whole(out.child("extraHeaders"), request, done);
            })
        .then(
            done -> {
              Object prepared = prepareRequest(options.getBase() + "/data/echo?native");
              HttpRequest request = new HttpRequest("ignored:", null, Map.of(), false, prepared);
              whole(out.child("nativeRequest"), request, done);
            })
        .then(
            done -> {
              setCookie();
              String echo = options.getCrossOrigin() + "/data/echo";
              HttpRequest request = new HttpRequest(echo, null, Map.of(), true, null);
              whole(out.child("withCredentials"), request, done);
            })
        .then(
            done ->
                whole(
                    out.child("withoutCredentials"),
                    HttpRequest.get(options.getCrossOrigin() + "/data/echo", null),
                    done));
  }

  /** Fetches to the end; reports events, headers, body digest and (small bodies) text. */
  private void whole(JsRecord r, HttpRequest request, Runnable done) {
    double startMs = timers.nowMs();
    RecordingHttp[] holder = new RecordingHttp[1];
    holder[0] =
        new RecordingHttp(
            () -> {
              RecordingHttp rec = holder[0];
              r.put("ms", timers.nowMs() - startMs);
              rec.report(r);
              r.put("contentLength", rec.header("CONTENT-LENGTH"));
              r.put("contentRange", rec.header("content-range"));
              r.put("contentType", rec.header("Content-Type"));
              r.put("absentHeaderIsNull", rec.header("X-Not-There") == null);
              byte[] body = rec.body.toByteArray();
              if (body.length <= 2048) {
                r.put("text", new String(body, StandardCharsets.UTF_8));
              }
              sha256(Bytes.copyToUint8Array(body, 0, body.length))
                  .then(
                      hex -> {
                        r.put("sha256", hex.stringValue());
                        done.run();
                        return null;
                      })
                  .catchError(
                      e -> {
                        r.put("sha256", "digest failed");
                        done.run();
                        return null;
                      });
            });
    http.fetch(request, holder[0]);
  }

  private void abortOnFirstChunk(JsRecord r, Runnable done) {
    Cancellable[] call = new Cancellable[1];
    int[] eventsAtCancel = {-1};
    RecordingHttp rec =
        new RecordingHttp(() -> {}) {
          @Override
          public void onChunk(byte[] chunk) {
            super.onChunk(chunk);
            if (eventsAtCancel[0] < 0) {
              eventsAtCancel[0] = events.size();
              call[0].cancel();
              call[0].cancel();
              timers.schedule(() -> finishAbort(r, this, eventsAtCancel[0], done), QUIET_MS);
            }
          }
        };
    call[0] = http.fetch(HttpRequest.get(options.getBase() + "/data/slow?id=mid", null), rec);
  }

  private void abortAtOnce(JsRecord r, Runnable done) {
    RecordingHttp rec = new RecordingHttp(() -> {});
    Cancellable call =
        http.fetch(HttpRequest.get(options.getBase() + "/data/slow?id=early", null), rec);
    call.cancel();
    timers.schedule(() -> finishAbort(r, rec, 0, done), QUIET_MS);
  }

  private void abortInOnResponse(JsRecord r, Runnable done) {
    Cancellable[] call = new Cancellable[1];
    RecordingHttp rec =
        new RecordingHttp(() -> {}) {
          @Override
          public void onResponse(int status, HttpHeaders headers) {
            super.onResponse(status, headers);
            call[0].cancel();
            timers.schedule(() -> finishAbort(r, this, 1, done), QUIET_MS);
          }
        };
    call[0] =
        http.fetch(HttpRequest.get(options.getBase() + "/data/slow?id=onresponse", null), rec);
  }

  private static void finishAbort(
      JsRecord r, RecordingHttp rec, int eventsAtCancel, Runnable done) {
    rec.report(r);
    r.put("eventsAfterCancel", rec.events.size() - eventsAtCancel);
    done.run();
  }

  @JSBody(
      params = "data",
      script =
          "return crypto.subtle.digest('SHA-256', data).then(function (d) {"
              + " return Array.from(new Uint8Array(d), function (b) {"
              + " return (b + 256).toString(16).substring(1); }).join(''); });")
  private static native JSPromise<JSString> sha256(Uint8Array data);

  @JSBody(
      params = "url",
      script = "return new Request(url, {headers: {'X-Native': 'yes'}, cache: 'no-store'});")
  private static native JSObject prepareRequest(String url);

  @JSBody(script = "document.cookie = 'slc=1; path=/; SameSite=Lax';")
  private static native void setCookie();
}
