package org.caseflow.compare;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * Where the published statistics come from: the release bundled with caseflow, or newer releases of
 * the same files loaded with {@code caseflow benchmarks load DIR} into the folder named by {@code
 * CASEFLOW_BENCHMARKS} (default {@code ~/.caseflow/benchmarks}).
 */
public final class Releases {
  /** The files caseflow reads, by the names DfE publishes them under. */
  public static final List<String> FILES =
      List.of(
          "lait_bds_long_0.parquet",
          "sn_model_2025_wide.csv",
          "New_Statistical_Neighbour_Groupings_April_2021.csv");

  private Releases() {}

  /** The folder newer releases are loaded into. */
  public static Path folder() {
    String prop = System.getProperty("caseflow.benchmarks");
    if (prop != null && !prop.isBlank()) {
      return Path.of(prop);
    }
    String env = System.getenv("CASEFLOW_BENCHMARKS");
    return env != null && !env.isBlank()
        ? Path.of(env)
        : Path.of(System.getProperty("user.home"), ".caseflow", "benchmarks");
  }

  /** A loaded newer release of the file, if there is one. */
  static Optional<Path> file(String name) {
    Path p = folder().resolve(name);
    return Files.isRegularFile(p) ? Optional.of(p) : Optional.empty();
  }

  /** The loaded release of the file if there is one, else the bundled copy. */
  static InputStream open(String resource) throws IOException {
    String name = resource.startsWith("published/") ? resource.substring(10) : resource;
    Optional<Path> loaded = file(name);
    if (loaded.isPresent()) {
      return Files.newInputStream(loaded.get());
    }
    InputStream in = Releases.class.getResourceAsStream("published/" + name);
    if (in == null) {
      throw new IOException("no bundled file " + name);
    }
    return in;
  }

  /**
   * Loads newer releases from a folder: each file caseflow knows is checked by reading it, then
   * copied into {@link #folder()}. Files it does not know are left alone.
   *
   * @return the names of the files loaded
   * @throws IllegalArgumentException naming a file that cannot be read as what it should be
   */
  public static List<String> load(Path from) throws IOException {
    List<String> loaded = new ArrayList<>();
    for (String name : FILES) {
      Path f = from.resolve(name);
      if (!Files.isRegularFile(f)) {
        continue;
      }
      if (name.endsWith(".parquet")) {
        Published p;
        try {
          p = Published.load(f);
        } catch (RuntimeException e) {
          throw new IllegalArgumentException(name + ": cannot be read as the LAIT long table", e);
        }
        if (!p.hasMeasure("ReReferral")) {
          throw new IllegalArgumentException(
              name + ": has no ReReferral measure; expected the LAIT long table (bds_long)");
        }
      } else if (!Files.readString(f).contains(",")) {
        throw new IllegalArgumentException(name + ": is not a CSV file");
      }
      Files.createDirectories(folder());
      Files.copy(f, folder().resolve(name), StandardCopyOption.REPLACE_EXISTING);
      loaded.add(name);
    }
    return loaded;
  }
}
