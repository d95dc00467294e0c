package org.caseflow.validate;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileSystem;
import java.nio.file.FileSystemAlreadyExistsException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.ReturnKind;

/**
 * The rules of one return for one collection year. Rules are discovered, never listed: every file
 * {@code rules/<return>/<year>/<code>.sql} on the class path is a rule. A year's folder holds what
 * that year added or changed; its {@code removed.txt} lists codes it withdrew. The rule set for a
 * year is the earliest year's rules overlaid, in order, with each later year's up to it.
 *
 * <p>Beside the DfE's rules, {@code rules/<return>/caseflow/CF-<NAME>.sql} are caseflow's own
 * checks (see {@link Rule#isCaseflowCheck()}): the problems the return's reader recorded while
 * reading the files. They are written and run as rules, and belong to every year's set.
 */
public final class RuleSet {
  private static final String ROOT = "rules";

  /** The folder of a return's rules that holds caseflow's own checks, for every year. */
  static final String CASEFLOW = "caseflow";

  private static final Map<String, ReturnKind> FOLDERS =
      Map.of("cin", ReturnKind.CIN_CENSUS, "ssda903", ReturnKind.SSDA903);

  /** Every rule file, per return: per year (ending year), and caseflow's own checks. */
  private static volatile Map<ReturnKind, Bundle> bundled;

  /** What one year's folder says: the rules it adds or changes and the codes it withdraws. */
  private record Layer(Map<String, Rule> rules, List<String> removed) {}

  /** One return's rule files: the years' folders, and caseflow's own checks for every year. */
  private record Bundle(TreeMap<Integer, Layer> years, Map<String, Rule> checks) {}

  private final ReturnKind kind;
  private final CollectionYear year;
  private final CollectionYear basis;
  private final List<Rule> rules;

  private RuleSet(ReturnKind kind, CollectionYear year, CollectionYear basis, List<Rule> rules) {
    this.kind = kind;
    this.year = year;
    this.basis = basis;
    this.rules = rules;
  }

  /** The returns caseflow has rules for. */
  public static List<ReturnKind> returns() {
    return List.copyOf(layers().keySet());
  }

  /** The collection years with a folder of their own for the return, earliest first. */
  public static List<CollectionYear> years(ReturnKind kind) {
    Bundle b = layers().get(kind);
    return b == null ? List.of() : b.years().keySet().stream().map(CollectionYear::new).toList();
  }

  /**
   * The rules in force for a return's collection year: the latest year's set not after it, or the
   * earliest set for a year before any caseflow has (said by {@link #basis()}). Empty for a return
   * without rules.
   */
  public static Optional<RuleSet> forYear(ReturnKind kind, CollectionYear year) {
    Bundle bundle = layers().get(kind);
    TreeMap<Integer, Layer> byYear = bundle == null ? null : bundle.years();
    if (byYear == null || byYear.isEmpty()) {
      return Optional.empty();
    }
    Integer basis = byYear.floorKey(year.endYear());
    if (basis == null) {
      basis = byYear.firstKey();
    }
    Map<String, Rule> in = new TreeMap<>(RuleSet::compareCodes);
    for (Map.Entry<Integer, Layer> e : byYear.headMap(basis, true).entrySet()) {
      e.getValue().removed().forEach(in::remove);
      in.putAll(e.getValue().rules());
    }
    in.putAll(bundle.checks());
    return Optional.of(
        new RuleSet(kind, year, new CollectionYear(basis), List.copyOf(in.values())));
  }

  /** The return. */
  public ReturnKind kind() {
    return kind;
  }

  /** The collection year being validated. */
  public CollectionYear year() {
    return year;
  }

  /** The year whose rules are applied (the same as {@link #year()} unless caseflow has none). */
  public CollectionYear basis() {
    return basis;
  }

  /** A label for the set, e.g. {@code CIN census 2025-26}. */
  public String label() {
    return kind.label() + " " + basis.label();
  }

  /** The rules, in code order: the DfE's, then caseflow's own checks. */
  public List<Rule> rules() {
    return rules;
  }

  /** The DfE's rules only, in code order. */
  public List<Rule> dfeRules() {
    return rules.stream().filter(r -> !r.isCaseflowCheck()).toList();
  }

  /** caseflow's own checks only (the reader's findings), in code order. */
  public List<Rule> caseflowChecks() {
    return rules.stream().filter(Rule::isCaseflowCheck).toList();
  }

  /** The rule with the code, if in the set. */
  public Optional<Rule> find(String code) {
    return rules.stream().filter(r -> r.code().equalsIgnoreCase(code)).findFirst();
  }

  /** Orders codes as the DfE lists them: by number, then by suffix (392a, 392b, 8525Q, SW01…). */
  static int compareCodes(String a, String b) {
    return Comparator.comparing(RuleSet::leadingNumber)
        .thenComparing(Comparator.<String>naturalOrder())
        .compare(a, b);
  }

  private static int leadingNumber(String code) {
    int i = 0;
    while (i < code.length() && Character.isDigit(code.charAt(i))) {
      i++;
    }
    return i == 0 ? Integer.MAX_VALUE : Integer.parseInt(code.substring(0, i));
  }

  private static Map<ReturnKind, Bundle> layers() {
    Map<ReturnKind, Bundle> b = bundled;
    if (b == null) {
      synchronized (RuleSet.class) {
        b = bundled;
        if (b == null) {
          b = discover();
          bundled = b;
        }
      }
    }
    return b;
  }

  private static Map<ReturnKind, Bundle> discover() {
    URL url = RuleSet.class.getResource(ROOT);
    if (url == null) {
      throw new IllegalStateException("the bundled rules are missing from the class path");
    }
    try {
      URI uri = url.toURI();
      if ("jar".equals(uri.getScheme())) {
        FileSystem fs;
        try {
          fs = FileSystems.newFileSystem(uri, Map.of());
        } catch (FileSystemAlreadyExistsException e) {
          fs = FileSystems.getFileSystem(uri);
        }
        return read(fs.provider().getPath(uri));
      }
      return read(Path.of(uri));
    } catch (URISyntaxException e) {
      throw new IllegalStateException("the rules' location cannot be read: " + url, e);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<ReturnKind, Bundle> read(Path root) throws IOException {
    Map<ReturnKind, Bundle> out = new LinkedHashMap<>();
    for (Map.Entry<String, ReturnKind> f : new TreeMap<>(FOLDERS).entrySet()) {
      Path dir = root.resolve(f.getKey());
      TreeMap<Integer, Layer> byYear = new TreeMap<>();
      Path checksDir = null;
      if (Files.isDirectory(dir)) {
        for (Path yearDir : list(dir)) {
          String name = yearDir.getFileName().toString().replace("/", "");
          if (name.equals(CASEFLOW)) {
            checksDir = yearDir;
            continue;
          }
          if (!name.matches("\\d{4}-\\d{2}")) {
            throw new IllegalStateException(
                "rules/" + f.getKey() + "/" + name + ": a year's folder is named like 2025-26");
          }
          int end = Integer.parseInt(name.substring(0, 4)) + 1;
          Map<String, Rule> rules = new LinkedHashMap<>();
          List<String> removed = new ArrayList<>();
          for (Path file : list(yearDir)) {
            String fn = file.getFileName().toString();
            if (fn.endsWith(".sql")) {
              String text = Files.readString(file, StandardCharsets.UTF_8);
              Rule r = RuleFile.parse(fn, f.getValue(), end, text);
              if (r.isCaseflowCheck()) {
                throw new IllegalStateException(
                    "rules/"
                        + f.getKey()
                        + "/"
                        + name
                        + "/"
                        + fn
                        + ": a caseflow check (CF-) goes"
                        + " in rules/"
                        + f.getKey()
                        + "/"
                        + CASEFLOW);
              }
              rules.put(r.code(), r);
            } else if (fn.equals("removed.txt")) {
              Files.readAllLines(file, StandardCharsets.UTF_8).stream()
                  .map(String::strip)
                  .filter(l -> !l.isEmpty() && !l.startsWith("#"))
                  .forEach(removed::add);
            } else if (!fn.equals("README.md")) {
              throw new IllegalStateException(
                  "rules/" + f.getKey() + "/" + name + "/" + fn + ": not a rule (CODE.sql)");
            }
          }
          byYear.put(end, new Layer(Collections.unmodifiableMap(rules), List.copyOf(removed)));
        }
      }
      Map<String, Rule> checks = new LinkedHashMap<>();
      if (checksDir != null) {
        // A check holds for every year: it is dated from the earliest year's rules.
        int since = byYear.isEmpty() ? 0 : byYear.firstKey();
        for (Path file : list(checksDir)) {
          String fn = file.getFileName().toString();
          String where = "rules/" + f.getKey() + "/" + CASEFLOW + "/" + fn;
          if (fn.endsWith(".sql")) {
            Rule r =
                RuleFile.parse(
                    fn, f.getValue(), since, Files.readString(file, StandardCharsets.UTF_8));
            if (!r.isCaseflowCheck()) {
              throw new IllegalStateException(where + ": a caseflow check's code starts CF-");
            }
            checks.put(r.code(), r);
          } else if (!fn.equals("README.md")) {
            throw new IllegalStateException(where + ": not a check (CF-NAME.sql)");
          }
        }
      }
      out.put(f.getValue(), new Bundle(byYear, Collections.unmodifiableMap(checks)));
    }
    return Collections.unmodifiableMap(out);
  }

  private static List<Path> list(Path dir) throws IOException {
    try (Stream<Path> s = Files.list(dir)) {
      return s.sorted(Comparator.comparing(p -> p.getFileName().toString())).toList();
    }
  }
}
