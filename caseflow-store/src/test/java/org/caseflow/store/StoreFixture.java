package org.caseflow.store;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Column;
import org.caseflow.domain.schema.ColumnType;
import org.caseflow.domain.schema.ReturnKind;
import org.caseflow.domain.schema.Table;

/**
 * Writes canonical rows straight into a store for indicator tests, as imports would: one batch per
 * return kind and collection year, then the same supersession as a real import. Values are given as
 * column-name and value pairs; dates may be given as ISO text. Its batches have no reference date,
 * so no row is left out as dated after it (an import's are: see {@code CensusHeaderImportTest}).
 */
public final class StoreFixture {
  private final Store store;
  private final String la;
  private final Map<String, List<Object[]>> rows = new LinkedHashMap<>();
  private int year = 2025;
  private ReturnKind kind;
  private final Map<String, Long> lastBatches = new LinkedHashMap<>();

  private StoreFixture(Store store, String la) {
    this.store = store;
    this.la = la;
  }

  /** A fixture for council 808. */
  public static StoreFixture on(Store store) {
    return new StoreFixture(store, "808");
  }

  /** A fixture for the council given. */
  public static StoreFixture on(Store store, String la) {
    return new StoreFixture(store, la);
  }

  /**
   * Writes everything added, as {@link #load()} does, and returns the batch ids made, keyed {@code
   * YEAR|KIND} (e.g. {@code 2026|CIN_CENSUS}).
   */
  public Map<String, Long> loadBatches() throws SQLException {
    load();
    return Map.copyOf(lastBatches);
  }

  /** Rows added from now on belong to this collection year's returns (default 2025). */
  public StoreFixture year(int collectionYear) {
    this.year = collectionYear;
    return this;
  }

  /**
   * Rows added from now on belong to this return's batch whatever their table (null, the default:
   * each table's own return). The CHILD table belongs to the CIN census unless told otherwise.
   */
  public StoreFixture as(ReturnKind returnKind) {
    this.kind = returnKind;
    return this;
  }

  /**
   * Adds one row; unnamed columns are null. The pseudo-column {@code unreadable} names fields the
   * file held in a form that could not be read ({@code "DEC"}, or {@code "DEC;MC_DOB"}).
   */
  public StoreFixture add(Table table, Object... columnsAndValues) {
    if (columnsAndValues.length % 2 != 0) {
      throw new IllegalArgumentException("give column and value pairs");
    }
    Object[] values = new Object[table.columns().size() + 1];
    for (int i = 0; i < columnsAndValues.length; i += 2) {
      if ("unreadable".equals(columnsAndValues[i])) {
        // The fields the file held but could not be read, e.g. "DEC" or "DEC;MC_DOB".
        values[table.columns().size()] = ";" + columnsAndValues[i + 1] + ";";
        continue;
      }
      int idx = table.indexOf((String) columnsAndValues[i]);
      Object v = columnsAndValues[i + 1];
      Column c = table.columns().get(idx);
      if (v instanceof String s && c.type() == ColumnType.DATE) {
        v = LocalDate.parse(s);
      }
      if (v != null && !c.type().javaType().isInstance(v)) {
        throw new IllegalArgumentException(table.sqlName() + "." + c.name() + ": wrong type");
      }
      values[idx] = v;
    }
    ReturnKind k = kind == null ? table.kind() : kind;
    rows.computeIfAbsent(year + "|" + table.name() + "|" + k.name(), x -> new ArrayList<>())
        .add(values);
    return this;
  }

  /** Writes everything added, in one transaction, and recomputes which rows are current. */
  public void load() throws SQLException {
    Connection c = store.connection();
    c.setAutoCommit(false);
    try {
      Map<String, Long> batches = new LinkedHashMap<>();
      long next = 1;
      try (var s = c.createStatement();
          var rs = s.executeQuery("SELECT coalesce(max(batch_id), 0) + 1 FROM import_batch")) {
        rs.next();
        next = rs.getLong(1);
      }
      Set<Table> touched = EnumSet.noneOf(Table.class);
      for (Map.Entry<String, List<Object[]>> e : rows.entrySet()) {
        String[] key = e.getKey().split("\\|");
        int y = Integer.parseInt(key[0]);
        Table t = Table.valueOf(key[1]);
        ReturnKind returnKind = ReturnKind.valueOf(key[2]);
        String batchKey = y + "|" + returnKind;
        Long batch = batches.get(batchKey);
        if (batch == null) {
          batch = next++;
          batches.put(batchKey, batch);
          CollectionYear cy = new CollectionYear(y);
          try (PreparedStatement ps =
              c.prepareStatement(
                  "INSERT INTO import_batch (batch_id, la, return_kind, collection_year,"
                      + " period_start, period_end, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            ps.setLong(1, batch);
            ps.setString(2, la);
            ps.setString(3, returnKind.name());
            ps.setInt(4, y);
            ps.setDate(5, Date.valueOf(cy.start()));
            ps.setDate(6, Date.valueOf(cy.end()));
            ps.setTimestamp(7, Timestamp.valueOf(LocalDateTime.of(2025, 6, 1, 9, 0)));
            ps.executeUpdate();
          }
        }
        RowWriter.write(c, store.dialect(), t, la, batch, y, e.getValue());
        try (PreparedStatement ps =
            c.prepareStatement("INSERT INTO import_table VALUES (?, ?, ?)")) {
          ps.setLong(1, batch);
          ps.setString(2, t.sqlName());
          ps.setInt(3, e.getValue().size());
          ps.executeUpdate();
        }
        touched.add(t);
      }
      if (touched.contains(Table.CIN_EPISODE)) {
        Supersession.recompute(c, Table.CIN_EPISODE, la);
      }
      for (Table t : touched) {
        if (t != Table.CIN_EPISODE) {
          Supersession.recompute(c, t, la);
        }
      }
      c.commit();
      rows.clear();
      lastBatches.clear();
      lastBatches.putAll(batches);
    } catch (SQLException | RuntimeException e) {
      c.rollback();
      throw e;
    } finally {
      c.setAutoCommit(true);
    }
  }
}
