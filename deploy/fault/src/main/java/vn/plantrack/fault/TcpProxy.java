package vn.plantrack.fault;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP proxy the suite controls, put between one service instance and its database
 * (deploy/local/up PLANTRACK_DB_ADDRESS_*). {@link #cut()} is a network partition as a service sees
 * it: every open connection goes silent (bytes are held, nothing is answered, nothing is closed)
 * and new connections are accepted but never answered; {@link #heal()} resets the silent
 * connections and forwards again.
 */
final class TcpProxy implements AutoCloseable {
  private final ServerSocket server;
  private final InetSocketAddress target;
  private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
  private volatile boolean cut;

  TcpProxy(int port, InetSocketAddress target) throws IOException {
    this.server = new ServerSocket();
    this.server.setReuseAddress(true);
    this.server.bind(new InetSocketAddress("127.0.0.1", port));
    this.target = target;
    Thread accept = new Thread(this::accept, "proxy-" + port);
    accept.setDaemon(true);
    accept.start();
  }

  int port() {
    return server.getLocalPort();
  }

  void cut() {
    cut = true;
  }

  /** Forwards again; the connections that went silent are reset (as after a real partition). */
  void heal() {
    for (Socket socket : sockets) {
      close(socket);
    }
    sockets.clear();
    cut = false;
  }

  private void accept() {
    while (!server.isClosed()) {
      try {
        Socket client = server.accept();
        sockets.add(client);
        if (cut) {
          continue; // accepted, never answered: held until heal()
        }
        Socket upstream = new Socket();
        try {
          upstream.connect(target, 2000);
        } catch (IOException e) {
          close(client);
          continue;
        }
        sockets.add(upstream);
        pump(client, upstream);
        pump(upstream, client);
      } catch (IOException e) {
        if (server.isClosed()) {
          return;
        }
      }
    }
  }

  private void pump(Socket from, Socket to) {
    Thread thread =
        new Thread(
            () -> {
              byte[] buffer = new byte[16384];
              try (InputStream in = from.getInputStream();
                  OutputStream out = to.getOutputStream()) {
                int n;
                while ((n = in.read(buffer)) >= 0) {
                  while (cut && !from.isClosed()) {
                    Thread.sleep(50); // silent: the bytes wait, as on a dead link
                  }
                  out.write(buffer, 0, n);
                  out.flush();
                }
              } catch (IOException | InterruptedException e) {
                // either side went away
              } finally {
                close(from);
                close(to);
                sockets.remove(from);
                sockets.remove(to);
              }
            },
            "proxy-pump");
    thread.setDaemon(true);
    thread.start();
  }

  private static void close(Socket socket) {
    try {
      socket.setSoLinger(true, 0); // reset, as a broken link does
      socket.close();
    } catch (IOException e) {
      // already closed
    }
  }

  @Override
  public void close() {
    try {
      server.close();
    } catch (IOException e) {
      // closing anyway
    }
    heal();
  }
}
