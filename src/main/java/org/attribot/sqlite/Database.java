package org.attribot.sqlite;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;

/**
 * Opens a SQLite file (or an in-memory database), sets WAL and a busy timeout, and brings
 * the schema up to date through the numbered migrations in {@code /db/V<n>__*.sql},
 * recording the version in {@code PRAGMA user_version}.
 */
public final class Database {
  /** Migrations, in order; the n-th entry ({@code V<n>__…}) moves user_version from n-1 to n. */
  static final List<String> MIGRATIONS = List.of("/db/V1__statements.sql", "/db/V2__vectors.sql",
      "/db/V3__conversations.sql", "/db/V4__chats.sql", "/db/V5__claims.sql", "/db/V6__digest.sql",
      "/db/V7__sends.sql", "/db/V8__statement_kind.sql");

  private Database() {}

  public static Connection open(Path file, int busyTimeoutMs) throws SQLException {
    if (file != null) {
      Path parent = file.toAbsolutePath().getParent();
      try {
        if (parent != null) {
          Files.createDirectories(parent);
        }
      } catch (IOException e) {
        throw new SQLException("cannot create the folder for the store " + file + ": " + e.getMessage(), e);
      }
    }
    String url = file == null ? "jdbc:sqlite::memory:" : "jdbc:sqlite:" + file;
    Connection connection = DriverManager.getConnection(url);
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA busy_timeout = " + busyTimeoutMs);
      if (file != null) {
        st.execute("PRAGMA journal_mode = WAL");
        st.execute("PRAGMA synchronous = NORMAL");
      }
      st.execute("PRAGMA foreign_keys = ON");
      migrate(connection);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  /**
   * Opens a read-only connection to a store already brought up to date by {@link #open}, with
   * the same busy timeout; the file is in WAL mode, so it reads while the writer writes.
   */
  static Connection openReader(Path file, int busyTimeoutMs) throws SQLException {
    org.sqlite.SQLiteConfig config = new org.sqlite.SQLiteConfig();
    config.setReadOnly(true);
    config.setBusyTimeout(busyTimeoutMs);
    Connection connection = config.createConnection("jdbc:sqlite:" + file);
    try (Statement st = connection.createStatement()) {
      st.execute("PRAGMA busy_timeout = " + busyTimeoutMs);
    } catch (SQLException | RuntimeException e) {
      connection.close();
      throw e;
    }
    return connection;
  }

  static int version(Connection connection) throws SQLException {
    try (Statement st = connection.createStatement(); var rs = st.executeQuery("PRAGMA user_version")) {
      return rs.getInt(1);
    }
  }

  private static void migrate(Connection connection) throws SQLException {
    int current = version(connection);
    if (current > MIGRATIONS.size()) {
      throw new SQLException("the store's schema (version " + current
          + ") is newer than this attribot knows (" + MIGRATIONS.size() + "): upgrade attribot");
    }
    boolean autoCommit = connection.getAutoCommit();
    for (int v = current + 1; v <= MIGRATIONS.size(); v++) {
      connection.setAutoCommit(false);
      try (Statement st = connection.createStatement()) {
        for (String sql : statements(MIGRATIONS.get(v - 1))) {
          st.execute(sql);
        }
        st.execute("PRAGMA user_version = " + v);
        connection.commit();
      } catch (SQLException e) {
        connection.rollback();
        throw new SQLException("migration " + v + " failed: " + e.getMessage(), e);
      } finally {
        connection.setAutoCommit(autoCommit);
      }
    }
  }

  private static List<String> statements(String resource) {
    try (InputStream in = Database.class.getResourceAsStream(resource)) {
      if (in == null) {
        throw new IllegalStateException("migration missing from the jar: " + resource);
      }
      String sql = new String(in.readAllBytes(), StandardCharsets.UTF_8).replaceAll("(?m)^--.*$", "");
      return java.util.Arrays.stream(sql.split(";\\s*(\\n|$)"))
          .map(String::strip).filter(s -> !s.isEmpty()).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
