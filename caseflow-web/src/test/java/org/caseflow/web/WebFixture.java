package org.caseflow.web;

import static org.caseflow.domain.schema.Table.CIN_EPISODE;
import static org.caseflow.domain.schema.Table.CP_PLAN;

import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import org.caseflow.domain.schema.Table;
import org.caseflow.store.Store;
import org.caseflow.store.StoreFixture;
import org.caseflow.validate.Validator;

/**
 * A small council (808) for the dashboard's tests, one account per role, and the dashboard on a
 * free loopback port.
 *
 * <p>Child protection plans in 2024-25 (period end 31 March 2025; 18 months before it is 30
 * September 2023):
 *
 * <ul>
 *   <li>C1 started 10 January 2023, open: on OC07 and on the 18-month list (26 months);
 *   <li>C2 started 30 September 2023, open: on OC07 and on the list (exactly 18 months);
 *   <li>C3 started 1 October 2023, open: on OC07, not on the list (a day short);
 *   <li>C4 started 1 June 2024, ended 1 December 2024: not open at the end, on neither.
 * </ul>
 *
 * So OC07 is 3 and the 18-month list holds 2 children (C1, C2). A councillor sees both as "c". C4's
 * assessment starts the day before its referral, which the DfE's rule 1103 reports.
 */
public final class WebFixture implements AutoCloseable {
  public static final String PASSWORD = "a long test password";
  public static final String PERIOD = "2024-25";

  public final Store store;
  public final TestClock clock = new TestClock(Instant.parse("2025-06-02T09:00:00Z"));
  public final Dashboard dashboard;

  public WebFixture(Path dir, boolean secureCookies) throws Exception {
    store = Store.open(dir.resolve("web.duckdb").toString());
    StoreFixture f = StoreFixture.on(store).year(2025);
    episode(f, "C1", "2023-01-10", null);
    episode(f, "C2", "2023-09-30", null);
    episode(f, "C3", "2023-10-01", null);
    episode(f, "C4", "2024-06-01", "2024-12-01");
    // C4's assessment starts the day before the referral: the DfE's rule 1103 fails it.
    f.add(
        Table.ASSESSMENT,
        "child_id",
        "C4",
        "episode_no",
        1,
        "assessment_no",
        1,
        "start_date",
        "2024-05-31",
        "authorisation_date",
        "2024-06-20");
    Map<String, Long> batches = f.loadBatches();
    // Validate as an import would.
    for (long b : batches.values()) {
      Validator.bundled().validate(store.connection(), b);
    }
    Users users = new Users(store, clock);
    for (Role r : Role.values()) {
      users.add(r.word(), r, PASSWORD.toCharArray());
    }
    dashboard =
        Dashboard.start(
            Dashboard.Options.defaults(store, "808")
                .withPort(0)
                .withClock(clock)
                .withSecureCookies(secureCookies)
                .withIdleTimeout(Duration.ofMinutes(30)));
  }

  private static void episode(StoreFixture f, String child, String start, String end) {
    f.add(CIN_EPISODE, "child_id", child, "episode_no", 1, "referral_date", start);
    f.add(
        CP_PLAN,
        "child_id",
        child,
        "episode_no",
        1,
        "plan_no",
        1,
        "start_date",
        start,
        "end_date",
        end,
        "initial_category",
        "NEG");
  }

  public String base() {
    return "http://127.0.0.1:" + dashboard.port();
  }

  @Override
  public void close() throws Exception {
    dashboard.close();
    store.close();
  }
}
