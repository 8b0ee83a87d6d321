package vn.plantrack.platform.test;

import java.io.IOException;
import java.io.InputStream;
import java.net.Socket;
import java.net.SocketException;
import java.nio.charset.StandardCharsets;

/**
 * HTTP spoken by hand to the service under test, for what a client library will not send (an
 * announced body it never sends, an oversized header): {@link ResourceLimitsContract}'s tool.
 */
final class RawHttp {
  private RawHttp() {}

  /** Sends raw bytes and returns the status line (or "closed" when the server just hung up). */
  static String exchange(String request) throws IOException {
    try (Socket socket = new Socket("localhost", port())) {
      socket.setSoTimeout(10_000);
      try {
        socket.getOutputStream().write(request.getBytes(StandardCharsets.US_ASCII));
        socket.getOutputStream().flush();
      } catch (SocketException e) {
        // The server may answer and close while the request is still being written.
      }
      InputStream in = socket.getInputStream();
      StringBuilder line = new StringBuilder();
      int c;
      while ((c = in.read()) != -1 && c != '\n') {
        line.append((char) c);
      }
      return line.length() == 0 ? "closed" : line.toString().strip();
    } catch (SocketException e) {
      return "closed: " + e.getMessage();
    }
  }

  static int port() {
    return io.restassured.RestAssured.port;
  }
}
