package dev.guildsync.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.locks.LockSupport;

/**
 * A loopback TCP proxy that delays every chunk by half of {@code roundTripNanos} in each direction,
 * so a database on this machine answers like one across a network ({@code bench
 * --db-round-trip-ms}). Order is kept; throughput is not limited.
 */
final class DelayProxy implements AutoCloseable {
  private record Chunk(byte[] bytes, long dueNanos) {}

  private static final Chunk END = new Chunk(new byte[0], 0);

  private final ServerSocket server;
  private final InetSocketAddress target;
  private final long oneWayNanos;
  private final List<Socket> sockets = new ArrayList<>();
  private volatile boolean closed;

  private DelayProxy(InetSocketAddress target, long roundTripNanos) throws IOException {
    this.target = target;
    this.oneWayNanos = roundTripNanos / 2;
    this.server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    daemon("db-delay-accept", this::accept).start();
  }

  static DelayProxy start(String host, int port, long roundTripNanos) {
    try {
      return new DelayProxy(new InetSocketAddress(host, port), roundTripNanos);
    } catch (IOException e) {
      throw new UncheckedIOException("could not start the database delay proxy", e);
    }
  }

  int port() {
    return server.getLocalPort();
  }

  private void accept() {
    while (!closed) {
      try {
        Socket client = server.accept();
        Socket upstream = new Socket(target.getAddress(), target.getPort());
        client.setTcpNoDelay(true);
        upstream.setTcpNoDelay(true);
        synchronized (sockets) {
          sockets.add(client);
          sockets.add(upstream);
        }
        pipe(client, upstream);
        pipe(upstream, client);
      } catch (IOException e) {
        if (!closed) {
          System.getLogger(DelayProxy.class.getName())
              .log(System.Logger.Level.WARNING, "delay proxy: " + e.getMessage());
        }
      }
    }
  }

  /** One reader and one delayed writer for one direction. */
  private void pipe(Socket from, Socket to) throws IOException {
    InputStream in = from.getInputStream();
    OutputStream out = to.getOutputStream();
    BlockingQueue<Chunk> queue = new LinkedBlockingQueue<>();
    daemon(
            "db-delay-read",
            () -> {
              byte[] buffer = new byte[64 * 1024];
              try {
                for (int n; (n = in.read(buffer)) >= 0; ) {
                  queue.add(new Chunk(Arrays.copyOf(buffer, n), System.nanoTime() + oneWayNanos));
                }
              } catch (IOException e) {
                // The other side closed: end this direction.
              }
              queue.add(END);
            })
        .start();
    daemon(
            "db-delay-write",
            () -> {
              try {
                for (Chunk chunk = queue.take(); chunk != END; chunk = queue.take()) {
                  long wait;
                  while ((wait = chunk.dueNanos() - System.nanoTime()) > 0) {
                    LockSupport.parkNanos(wait);
                  }
                  out.write(chunk.bytes());
                  out.flush();
                }
                to.shutdownOutput();
              } catch (IOException e) {
                // The other side closed: nothing left to deliver.
              } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
              }
            })
        .start();
  }

  private static Thread daemon(String name, Runnable task) {
    Thread thread = new Thread(task, name);
    thread.setDaemon(true);
    return thread;
  }

  @Override
  public void close() throws IOException {
    closed = true;
    server.close();
    synchronized (sockets) {
      for (Socket socket : sockets) {
        socket.close();
      }
      sockets.clear();
    }
  }
}
