package org.caseflow.cli;

import picocli.CommandLine.Option;

/** The {@code --store} option shared by the commands that read or write a store. */
final class StoreOption {
  static final String DEFAULT = "caseflow.duckdb";

  @Option(
      names = "--store",
      paramLabel = "FILE|JDBC-URL",
      description =
          "A DuckDB file or a jdbc:postgresql://… URL; by default $CASEFLOW_STORE, else"
              + " caseflow.duckdb in the current folder.")
  String store;

  String location() {
    if (store != null) {
      return store;
    }
    String env = System.getenv("CASEFLOW_STORE");
    return env == null || env.isBlank() ? DEFAULT : env;
  }
}
