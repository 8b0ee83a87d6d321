package vn.plantrack.infra;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

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

  /**
   * {@code count} distinct ports that were free a moment ago: each socket stays bound until all are
   * chosen, so the OS cannot hand the same port out twice (two calls to {@link #free()} can, and a
   * broker whose client and controller listeners got one port refused to start).
   */
  public static int[] free(int count) {
    List<ServerSocket> sockets = new ArrayList<>();
    try {
      int[] ports = new int[count];
      for (int i = 0; i < count; i++) {
        ServerSocket socket = new ServerSocket(0);
        socket.setReuseAddress(true);
        sockets.add(socket);
        ports[i] = socket.getLocalPort();
      }
      return ports;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      for (ServerSocket socket : sockets) {
        try {
          socket.close();
        } catch (IOException e) {
          // closing a probe socket: nothing to do
        }
      }
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
