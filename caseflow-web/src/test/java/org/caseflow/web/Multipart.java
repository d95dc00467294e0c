package org.caseflow.web;

import java.io.ByteArrayOutputStream;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/** A multipart/form-data upload to /imports, built by hand, sent by a signed-in client. */
final class Multipart {
  private static final String BOUNDARY = "caseflowtestboundary7d2e";
  private final ByteArrayOutputStream body = new ByteArrayOutputStream();

  Multipart field(String name, String value) {
    write(
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\""
            + name
            + "\"\r\n\r\n"
            + value
            + "\r\n");
    return this;
  }

  /** A file part; the name is written as given, NUL and control characters included. */
  Multipart file(String fileName, byte[] content) {
    write(
        "--"
            + BOUNDARY
            + "\r\nContent-Disposition: form-data; name=\"files\"; filename=\""
            + fileName
            + "\"\r\nContent-Type: application/octet-stream\r\n\r\n");
    body.writeBytes(content);
    write("\r\n");
    return this;
  }

  byte[] bytes() {
    ByteArrayOutputStream all = new ByteArrayOutputStream();
    all.writeBytes(body.toByteArray());
    all.writeBytes(("--" + BOUNDARY + "--\r\n").getBytes(StandardCharsets.UTF_8));
    return all.toByteArray();
  }

  /** Posts it to /imports with the client's CSRF token in the form; the length declared. */
  HttpResponse<String> post(Client c, String base) throws Exception {
    field("_csrf", c.csrf);
    return c.http.send(
        request(base).POST(HttpRequest.BodyPublishers.ofByteArray(bytes())).build(),
        HttpResponse.BodyHandlers.ofString());
  }

  /** Posts it with no declared length (chunked), so only reading it finds its size. */
  HttpResponse<String> postChunked(Client c, String base) throws Exception {
    field("_csrf", c.csrf);
    byte[] b = bytes();
    return c.http.send(
        request(base)
            .POST(
                HttpRequest.BodyPublishers.ofInputStream(() -> new java.io.ByteArrayInputStream(b)))
            .build(),
        HttpResponse.BodyHandlers.ofString());
  }

  private static HttpRequest.Builder request(String base) {
    return HttpRequest.newBuilder(URI.create(base + "/imports"))
        .header("Content-Type", "multipart/form-data; boundary=" + BOUNDARY)
        .header("Origin", base);
  }

  private void write(String s) {
    body.writeBytes(s.getBytes(StandardCharsets.UTF_8));
  }
}
