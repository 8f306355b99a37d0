package org.attribot.sqlite;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.TimeUnit;
import org.attribot.store.StoreException;

/**
 * The store's connections: one write connection, used under {@link #writeLock} (one writer,
 * one transaction at a time), and a small pool of read-only connections (WAL lets them read
 * the last committed state while the writer works), used without that lock. A thread holding
 * the write lock reads on the write connection, so it sees its own transaction; a thread
 * already holding a read connection reuses it. An in-memory store has no pool: it reads on
 * the write connection, under the lock.
 */
final class Connections implements AutoCloseable {
  /** Read connections in the pool of a store on file. */
  static final int READERS = 4;

  /** Work on one connection. */
  interface Work<T> {
    T on(Connection connection) throws SQLException;
  }

  /** Held while the write connection is used. */
  final Object writeLock = new Object();
  private final Connection writer;
  private final List<Connection> all = new ArrayList<>();
  private final BlockingQueue<Connection> readers;
  private final ThreadLocal<Connection> held = new ThreadLocal<>();
  private volatile boolean closed;

  private Connections(Connection writer, List<Connection> readers) {
    this.writer = writer;
    this.all.addAll(readers);
    this.readers = readers.isEmpty() ? null : new ArrayBlockingQueue<>(readers.size(), false, readers);
  }

  /** Opens the write connection (which brings the schema up to date), then the read pool. */
  static Connections open(Path file, int busyTimeoutMs) throws SQLException {
    Connection writer = Database.open(file, busyTimeoutMs);
    List<Connection> readers = new ArrayList<>();
    if (file != null) {
      try {
        for (int i = 0; i < READERS; i++) {
          readers.add(Database.openReader(file, busyTimeoutMs));
        }
      } catch (SQLException | RuntimeException e) {
        for (Connection c : readers) {
          c.close();
        }
        writer.close();
        throw e;
      }
    }
    return new Connections(writer, readers);
  }

  /** The write connection: only under {@link #writeLock}. */
  Connection writer() {
    return writer;
  }

  /** Runs {@code work} on the write connection, under the write lock. */
  <T> T write(Work<T> work) throws SQLException {
    synchronized (writeLock) {
      return work.on(writer);
    }
  }

  /** Runs {@code work} on a read connection (see the class comment for which one). */
  <T> T read(Work<T> work) throws SQLException {
    if (readers == null || Thread.holdsLock(writeLock)) {
      return write(work);
    }
    Connection mine = held.get();
    if (mine != null) {
      return work.on(mine);
    }
    Connection c = take();
    held.set(c);
    try {
      return work.on(c);
    } finally {
      held.remove();
      readers.add(c);
    }
  }

  /** {@link #read}; a SQL error is a {@link StoreException} that says {@code what} failed. */
  <T> T read(String what, Work<T> work) {
    try {
      return read(work);
    } catch (SQLException e) {
      throw Sql.failure(what, e);
    }
  }

  /** {@link #write}; a SQL error is a {@link StoreException} that says {@code what} failed. */
  <T> T write(String what, Work<T> work) {
    try {
      return write(work);
    } catch (SQLException e) {
      throw Sql.failure(what, e);
    }
  }

  /** One statement on the write connection, tried again while another process holds the store ({@link Busy}). */
  int update(String retrying, String what, String sql, Object... args) {
    return Busy.retry(retrying, () -> write(what, c -> Sql.update(c, sql, args)));
  }

  /**
   * Runs {@code work} in one transaction on the write connection, under the write lock: committed,
   * or, on any failure, rolled back and thrown (a SQL error as a {@link StoreException} saying {@code what} failed).
   */
  <T> T transaction(String what, Work<T> work) {
    synchronized (writeLock) {
      try {
        writer.setAutoCommit(false);
        try {
          T result = work.on(writer);
          writer.commit();
          return result;
        } catch (SQLException | RuntimeException e) {
          writer.rollback();
          throw e;
        } finally {
          writer.setAutoCommit(true);
        }
      } catch (SQLException e) {
        throw Sql.failure(what, e);
      }
    }
  }

  private Connection take() throws SQLException {
    try {
      while (true) {
        if (closed) {
          throw new SQLException("the store is closed");
        }
        Connection c = readers.poll(100, TimeUnit.MILLISECONDS);
        if (c != null) {
          if (closed) {
            readers.add(c);
            throw new SQLException("the store is closed");
          }
          return c;
        }
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while waiting for a read connection", e);
    }
  }

  /** Closes the write connection and every read connection (waiting a little for readers at work). */
  @Override
  public void close() throws SQLException {
    SQLException first = null;
    synchronized (writeLock) {
      closed = true;
      if (readers != null) {
        try {
          for (int returned = 0; returned < all.size(); returned++) {
            if (readers.poll(5, TimeUnit.SECONDS) == null) {
              break;
            }
          }
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
        }
        for (Connection c : all) {
          try {
            c.close();
          } catch (SQLException e) {
            first = first == null ? e : first;
          }
        }
      }
      try {
        writer.close();
      } catch (SQLException e) {
        first = first == null ? e : first;
      }
    }
    if (first != null) {
      throw first;
    }
  }
}
