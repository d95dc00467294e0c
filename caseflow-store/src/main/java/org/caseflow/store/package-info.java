/** The store: one DuckDB file by default or PostgreSQL, with atomic, idempotent imports. */
package org.caseflow.store;
