package org.caseflow.web;

import java.sql.SQLException;
import java.util.concurrent.locks.ReentrantLock;
import org.caseflow.store.Store;

/**
 * The store, used by one request at a time: a DuckDB or PostgreSQL connection is not shared between
 * threads. Pages that are read often are cached, so the lock is held rarely.
 */
public final class Db {
  /** Work with the store. */
  public interface Work<T> {
    T run(Store store) throws SQLException;
  }

  private final Store store;
  private final ReentrantLock lock = new ReentrantLock();

  Db(Store store) {
    this.store = store;
  }

  public <T> T with(Work<T> work) throws SQLException {
    lock.lock();
    try {
      return work.run(store);
    } finally {
      lock.unlock();
    }
  }

  /** The store, for work that runs with the lock already held. */
  public Store store() {
    return store;
  }
}
