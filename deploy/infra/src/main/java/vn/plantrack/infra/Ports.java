package vn.plantrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;

/** Port helpers shared by the launchers. */
public final class Ports {
  private Ports() {}

  /** A port that was free a moment ago (the OS picks it). */
  public static int free() {
    try (ServerSocket socket = new ServerSocket(0)) {
      socket.setReuseAddress(true);
      return socket.getLocalPort();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  public static boolean open(int port) {
    try (Socket socket = new Socket()) {
      socket.connect(new InetSocketAddress("127.0.0.1", port), 200);
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  /** Waits until something accepts connections on the port, or fails after the timeout. */
  public static void awaitOpen(int port, Duration timeout, String what) {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (!open(port)) {
      if (System.nanoTime() > deadline) {
        throw new IllegalStateException(what + " did not open port " + port + " within " + timeout);
      }
      sleep(100);
    }
  }

  static void sleep(long millis) {
    try {
      Thread.sleep(millis);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted", e);
    }
  }
}
