package dev.vorzimmer.app.carddav;

import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Read-only CardDAV requests against one address book: its ctag, the ETags of its cards, and the
 * cards themselves (REPORT addressbook-multiget). Redirects are never followed; one to another host
 * is refused.
 */
final class CardDavClient {
  private static final String PROPFIND_CTAG =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\""
          + " xmlns:cs=\"http://calendarserver.org/ns/\"><d:prop><cs:getctag/></d:prop></d:propfind>";
  private static final String PROPFIND_ETAGS =
      "<?xml version=\"1.0\" encoding=\"utf-8\"?><d:propfind xmlns:d=\"DAV:\">"
          + "<d:prop><d:getetag/><d:resourcetype/></d:prop></d:propfind>";

  /** Answers above this size are refused (a card with a 20 MB photo, or a hostile server). */
  static final int MAX_ANSWER = 64 * 1024 * 1024;

  private final HttpClient http;
  private final URI book;
  private final String authorization;

  CardDavClient(HttpClient http, URI book, String user, String password) {
    this.http = http;
    this.book = book.getPath().endsWith("/") ? book : URI.create(book + "/");
    this.authorization =
        "Basic "
            + Base64.getEncoder()
                .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
  }

  URI book() {
    return book;
  }

  /** The address book's ctag (changes whenever a card does), or "" if the server has none. */
  String ctag() throws IOException, InterruptedException {
    Multistatus ms = Multistatus.parse(send("PROPFIND", book, "0", PROPFIND_CTAG));
    return ms.ctag().orElse("");
  }

  /** The cards of the address book: href → ETag. */
  Map<String, String> etags() throws IOException, InterruptedException {
    return Multistatus.parse(send("PROPFIND", book, "1", PROPFIND_ETAGS)).etags(book.getPath());
  }

  /** The vCard text of {@code hrefs}: href → card. */
  Map<String, String> fetch(List<String> hrefs) throws IOException, InterruptedException {
    StringBuilder body =
        new StringBuilder(
            "<?xml version=\"1.0\" encoding=\"utf-8\"?><c:addressbook-multiget xmlns:d=\"DAV:\""
                + " xmlns:c=\"urn:ietf:params:xml:ns:carddav\"><d:prop><d:getetag/>"
                + "<c:address-data/></d:prop>");
    for (String h : hrefs) {
      body.append("<d:href>").append(Multistatus.escape(h)).append("</d:href>");
    }
    body.append("</c:addressbook-multiget>");
    return Multistatus.parse(send("REPORT", book, "1", body.toString())).cards();
  }

  private byte[] send(String method, URI uri, String depth, String body)
      throws IOException, InterruptedException {
    HttpRequest req =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Authorization", authorization)
            .header("Depth", depth)
            .header("Content-Type", "application/xml; charset=utf-8")
            .method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
            .build();
    HttpResponse<InputStream> resp = sendOnce(req);
    try (InputStream in = resp.body()) {
      int code = resp.statusCode();
      if (code != 207 && code != 200) {
        throw new CardDavException(problem(code, resp), code == 401 || code == 403);
      }
      byte[] answer = in.readNBytes(MAX_ANSWER + 1);
      if (answer.length > MAX_ANSWER) {
        throw new CardDavException(
            book + ": the server's answer is larger than " + MAX_ANSWER / (1024 * 1024) + " MiB");
      }
      return answer;
    }
  }

  /**
   * Sends {@code req}, once more when a kept-alive connection turns out to be closed by the server
   * (it answered nothing; our requests only read, so a repeat is harmless). A server that cannot be
   * reached or times out is not asked again.
   */
  private HttpResponse<InputStream> sendOnce(HttpRequest req)
      throws IOException, InterruptedException {
    try {
      return http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    } catch (java.net.ConnectException | java.net.http.HttpTimeoutException e) {
      throw e;
    } catch (IOException stale) {
      return http.send(req, HttpResponse.BodyHandlers.ofInputStream());
    }
  }

  private String problem(int code, HttpResponse<?> resp) {
    if (code == 401 || code == 403) {
      return book + ": the server refused user or password (HTTP " + code + ")";
    }
    if (code >= 300 && code < 400) {
      String to = resp.headers().firstValue("Location").orElse("(no Location)");
      URI target = book.resolve(to);
      boolean sameHost =
          book.getHost() != null
              && book.getHost().equalsIgnoreCase(target.getHost())
              && book.getPort() == target.getPort();
      return sameHost
          ? book
              + ": the address book moved to "
              + target
              + " (HTTP "
              + code
              + "); put that URL"
              + " in the config"
          : book + ": redirect to another host (" + target + ") refused";
    }
    return book + ": the server answered HTTP " + code;
  }
}
