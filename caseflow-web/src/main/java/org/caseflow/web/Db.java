package org.caseflow.web;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import org.caseflow.store.Store;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The store, shared by the dashboard's requests. Only writers wait for one another:
 *
 * <ul>
 *   <li>{@link #with}: pages, sign-in and the audit of what they show, each on a connection of its
 *       own from a pool ({@link #READERS} of them), in a transaction of its own, so each sees the
 *       last committed state while an import runs on another connection (DuckDB's MVCC within the
 *       process; separate sessions on PostgreSQL);
 *   <li>{@link #write}: small writes that read before they write (actions), one at a time, on a
 *       pooled connection;
 *   <li>{@link #importing}: imports, one at a time, on the store's own connection.
 * </ul>
 *
 * <p>A failed operation that leaves the store unusable (a full disk makes DuckDB refuse every
 * statement until the database is opened again) is recovered from without a restart: once the work
 * in flight has finished, every connection is closed and the store opened again, at the next
 * request, until it opens (once space is freed). A page that failed so is tried once more on the
 * store opened again.
 */
public final class Db implements AutoCloseable {
  private static final Logger LOG = LoggerFactory.getLogger(Db.class);

  /** Work with the store. */
  public interface Work<T> {
    T run(Store store) throws SQLException;
  }

  /** How many connections readers share. */
  public static final int READERS = 8;

  private final Store given;
  private final ReentrantReadWriteLock state = new ReentrantReadWriteLock();
  private final ReentrantLock imports = new ReentrantLock();
  private final ReentrantLock writes = new ReentrantLock();
  private final Semaphore permits = new Semaphore(READERS, true);
  private final Deque<Store> idle = new ArrayDeque<>();
  private final ThreadLocal<Store> current = new ThreadLocal<>();
  private Store primary;
  private volatile boolean broken;
  private volatile FaultInjection fault = FaultInjection.NONE;

  /** For tests: a failure injected before a kind of work, as a full disk would cause. */
  interface FaultInjection {
    FaultInjection NONE = (kind, store) -> {};

    void before(String kind, Store store) throws SQLException;
  }

  Db(Store store) throws SQLException {
    this.given = store;
    this.primary = store;
    openReaders();
  }

  private void openReaders() throws SQLException {
    List<Store> opened = new ArrayList<>();
    try {
      for (int k = 0; k < READERS; k++) {
        opened.add(primary.reader());
      }
    } catch (SQLException | RuntimeException e) {
      for (Store s : opened) {
        closeQuietly(s);
      }
      throw e;
    }
    synchronized (idle) {
      idle.addAll(opened);
    }
  }

  /**
   * Reads (and records what was read, as the audit does), on a pooled connection, in one
   * transaction committed at the end: never waits for an import or a write.
   */
  public <T> T with(Work<T> work) throws SQLException {
    Store mine = current.get();
    if (mine != null) {
      return work.run(mine); // nested: the same connection and transaction
    }
    try {
      return pooled("read", work, false);
    } catch (SQLException | RuntimeException e) {
      if (!broken) {
        throw e;
      }
      // The store was left unusable: open it again and try the page once more.
      try {
        recover();
      } catch (SQLException again) {
        e.addSuppressed(again);
        throw e;
      }
      return pooled("read", work, false);
    }
  }

  /** A small write that reads first (an action's number): one at a time, never behind an import. */
  public <T> T write(Work<T> work) throws SQLException {
    if (current.get() != null) {
      throw new IllegalStateException("a write inside other work with the store");
    }
    return pooled("write", work, true);
  }

  /**
   * An import, on the store's own connection, one at a time; readers and small writes go on beside
   * it. The work manages its own transaction.
   */
  public <T> T importing(Work<T> work) throws SQLException {
    if (current.get() != null) {
      throw new IllegalStateException("an import inside other work with the store");
    }
    imports.lock();
    try {
      ready();
      state.readLock().lock();
      Store s = primary;
      current.set(s);
      try {
        fault.before("import", s);
        return work.run(s);
      } catch (SQLException | RuntimeException e) {
        if (!usable(s)) {
          broken = true;
        }
        throw e;
      } finally {
        current.remove();
        state.readLock().unlock();
      }
    } finally {
      imports.unlock();
    }
  }

  private <T> T pooled(String kind, Work<T> work, boolean serial) throws SQLException {
    ready();
    if (serial) {
      writes.lock();
    }
    try {
      permits.acquireUninterruptibly();
      state.readLock().lock();
      Store s = null;
      boolean ok = false;
      try {
        s = take();
        current.set(s);
        fault.before(kind, s);
        s.connection().setAutoCommit(false);
        T result = work.run(s);
        s.connection().commit();
        s.connection().setAutoCommit(true);
        ok = true;
        return result;
      } finally {
        current.remove();
        if (s != null) {
          give(s, ok);
        }
        state.readLock().unlock();
        permits.release();
      }
    } finally {
      if (serial) {
        writes.unlock();
      }
    }
  }

  private Store take() throws SQLException {
    synchronized (idle) {
      Store s = idle.poll();
      if (s != null) {
        return s;
      }
    }
    // Only after a connection was dropped as unusable and the store was not reopened.
    return primary.reader();
  }

  private void give(Store s, boolean ok) {
    if (!ok) {
      try {
        s.connection().rollback();
        s.connection().setAutoCommit(true);
      } catch (SQLException | RuntimeException e) {
        // judged below
      }
      if (!usable(s)) {
        broken = true;
        closeQuietly(s);
        return;
      }
    }
    synchronized (idle) {
      idle.push(s);
    }
  }

  /** Opens the store again first when a failure left it unusable. */
  private void ready() throws SQLException {
    if (broken) {
      recover();
    }
  }

  /**
   * Closes every connection and opens the store again, once no work holds one. Waits at most 30
   * seconds for the work in flight (a page waits no longer for a store that will not come back).
   */
  private void recover() throws SQLException {
    boolean locked;
    try {
      locked = state.writeLock().tryLock(30, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SQLException("interrupted while the store was being opened again", e);
    }
    if (!locked) {
      throw new SQLException("the store is being opened again after a fault; try again", "08006");
    }
    try {
      if (!broken) {
        return; // another request has recovered it
      }
      LOG.warn("the store failed and is unusable: opening it again");
      synchronized (idle) {
        for (Store s : idle) {
          closeQuietly(s);
        }
        idle.clear();
      }
      closeQuietly(primary);
      if (primary != given) {
        closeQuietly(given);
      }
      Store fresh = given.reopen();
      primary = fresh;
      try {
        openReaders();
      } catch (SQLException | RuntimeException e) {
        closeQuietly(fresh);
        throw e;
      }
      broken = false;
      LOG.info("the store is open again");
    } finally {
      state.writeLock().unlock();
    }
  }

  private static boolean usable(Store s) {
    try (Statement st = s.connection().createStatement();
        ResultSet rs = st.executeQuery("SELECT 1")) {
      return rs.next();
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private static void closeQuietly(Store s) {
    try {
      s.close();
    } catch (SQLException | RuntimeException e) {
      // closing a connection already unusable
    }
  }

  /**
   * The store of the work running on this thread ({@link #with}, {@link #write} or {@link
   * #importing}).
   *
   * @throws IllegalStateException outside such work
   */
  public Store store() {
    Store s = current.get();
    if (s == null) {
      throw new IllegalStateException("the store is used only inside Db.with, write or importing");
    }
    return s;
  }

  /** For tests: injects a failure before work of a kind ("read", "write", "import"). */
  void inject(FaultInjection f) {
    this.fault = f == null ? FaultInjection.NONE : f;
  }

  /** For tests: whether the store is waiting to be opened again. */
  boolean broken() {
    return broken;
  }

  /**
   * Closes the pooled connections, and the store's own when it was opened again here; waits at most
   * 10 seconds for the work in flight (a server that is stopping does not wait longer).
   */
  @Override
  public void close() {
    boolean locked;
    try {
      locked = state.writeLock().tryLock(10, TimeUnit.SECONDS);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      locked = false;
    }
    try {
      synchronized (idle) {
        for (Store s : idle) {
          closeQuietly(s);
        }
        idle.clear();
      }
      if (primary != given) {
        closeQuietly(primary);
      }
    } finally {
      if (locked) {
        state.writeLock().unlock();
      }
    }
  }
}
