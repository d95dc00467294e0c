package org.caseflow.cli;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that read or write a store. */
final class StoreOption {
  static final String DEFAULT = "caseflow.duckdb";

  @Option(
      names = "--store",
      paramLabel = "FILE|JDBC-URL",
      description =
          "A DuckDB file (default: $CASEFLOW_STORE or ./caseflow.duckdb) or a"
              + " jdbc:postgresql://… URL.")
  String store;

  String location() {
    if (store != null) {
      return store;
    }
    String env = System.getenv("CASEFLOW_STORE");
    return env == null || env.isBlank() ? DEFAULT : env;
  }
}
