package dev.vorzimmer.app.carddav;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Base64;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * A real Radicale CardDAV server (Debian {@code radicale}) on a free loopback port with its storage
 * and a plain htpasswd file in {@code dir}; user {@code anna}, password {@code secret}.
 */
final class RadicaleServer implements AutoCloseable {
  static final String USER = "anna";
  static final String PASSWORD = "secret";

  private final Process process;
  private final int port;
  private final HttpClient http = HttpClient.newHttpClient();

  private RadicaleServer(Process process, int port) {
    this.process = process;
    this.port = port;
  }

  static RadicaleServer start(Path dir) throws Exception {
    int port;
    try (ServerSocket s = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
      port = s.getLocalPort();
    }
    Files.writeString(dir.resolve("users"), USER + ":" + PASSWORD + "\n");
    Path config = dir.resolve("config");
    Files.writeString(
        config,
        String.join(
            "\n",
            "[server]",
            "hosts = 127.0.0.1:" + port,
            "[auth]",
            "type = htpasswd",
            "htpasswd_filename = " + dir.resolve("users"),
            "htpasswd_encryption = plain",
            "[storage]",
            "filesystem_folder = " + dir.resolve("collections"),
            "[rights]",
            "type = owner_only",
            "[web]",
            "type = none",
            "[logging]",
            "level = info",
            ""));
    Process p =
        new ProcessBuilder("/usr/bin/radicale", "--config", config.toString())
            .redirectErrorStream(true)
            .start();
    CompletableFuture<Void> listening = new CompletableFuture<>();
    Thread reader =
        new Thread(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line = r.readLine(); line != null; line = r.readLine()) {
                  if (line.contains("Listening on")) {
                    listening.complete(null);
                  }
                }
                listening.completeExceptionally(new IOException("radicale exited"));
              } catch (IOException e) {
                listening.completeExceptionally(e);
              }
            },
            "radicale-log");
    reader.setDaemon(true);
    reader.start();
    RadicaleServer server = new RadicaleServer(p, port);
    try {
      listening.get(20, TimeUnit.SECONDS);
    } catch (Exception e) {
      server.close();
      throw e;
    }
    return server;
  }

  URI book() {
    return URI.create("http://127.0.0.1:" + port + "/" + USER + "/book/");
  }

  void createBook() throws Exception {
    createCollection(book().toString());
  }

  void createCollection(String url) throws Exception {
    expect(
        send(
            "MKCOL",
            URI.create(url),
            "<?xml version=\"1.0\"?><mkcol xmlns=\"DAV:\" xmlns:C=\"urn:ietf:params:xml:ns:carddav\">"
                + "<set><prop><resourcetype><collection/><C:addressbook/></resourcetype></prop>"
                + "</set></mkcol>"),
        201);
  }

  void put(String name, String vcard) throws Exception {
    int code = send("PUT", book().resolve(name), vcard);
    if (code != 201 && code != 204) {
      throw new IOException("PUT " + name + " answered " + code);
    }
  }

  void putAt(String url, String vcard) throws Exception {
    int code = send("PUT", URI.create(url), vcard);
    if (code != 201 && code != 204) {
      throw new IOException("PUT " + url + " answered " + code);
    }
  }

  void delete(String name) throws Exception {
    expect(send("DELETE", book().resolve(name), null), 200);
  }

  private int send(String method, URI uri, String body) throws Exception {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(uri)
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder()
                        .encodeToString((USER + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)))
            .method(
                method,
                body == null
                    ? HttpRequest.BodyPublishers.noBody()
                    : HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
    if (method.equals("PUT")) {
      b.header("Content-Type", "text/vcard; charset=utf-8");
    }
    HttpRequest request = b.build();
    try {
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    } catch (IOException e) {
      // Radicale may close a kept-alive connection just as the next request goes out (CI: "header
      // parser received no bytes"); the request was not read, so it is sent once more
      return http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
    }
  }

  private static void expect(int code, int wanted) throws IOException {
    if (code != wanted) {
      throw new IOException("radicale answered " + code + ", expected " + wanted);
    }
  }

  @Override
  public void close() throws InterruptedException {
    process.destroy();
    if (!process.waitFor(10, TimeUnit.SECONDS)) {
      process.destroyForcibly().waitFor(5, TimeUnit.SECONDS);
    }
  }
}
