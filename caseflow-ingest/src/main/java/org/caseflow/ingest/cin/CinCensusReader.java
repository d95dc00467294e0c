package org.caseflow.ingest.cin;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.caseflow.domain.period.CollectionYear;
import org.caseflow.domain.schema.Table;
import org.caseflow.ingest.Finding;
import org.caseflow.ingest.FindingType;
import org.caseflow.ingest.Findings;
import org.caseflow.ingest.Format;
import org.caseflow.ingest.InputException;
import org.caseflow.ingest.ReadContext;
import org.caseflow.ingest.ReadResult;
import org.caseflow.ingest.ReturnReader;
import org.caseflow.ingest.RowSink;
import org.caseflow.ingest.Values;

/**
 * Reads a CIN census XML file of any collection year from 2017 to 2027 with StAX, streaming, with
 * DTDs and external entities refused (no XXE, and nothing fetched). Elements may come in any order
 * within their parent; unknown elements are skipped and reported once each.
 *
 * <p>Findings: {@link FindingType#UNKNOWN_CODE} for a code outside the year's code list, {@link
 * FindingType#DATE_AFTER_REFERENCE_DATE}, {@link FindingType#END_BEFORE_START}, {@link
 * FindingType#IGNORED_FIELD}.
 */
public final class CinCensusReader implements ReturnReader {
  private static final Set<String> PERSONAL_ELEMENTS =
      Set.of(
          "LAchildID",
          "UPN",
          "FormerUPN",
          "PersonBirthDate",
          "ExpectedPersonBirthDate",
          "PersonDeathDate");

  @Override
  public Format format() {
    return Format.CIN_CENSUS_XML;
  }

  @Override
  public ReadResult read(Path file, ReadContext context, RowSink sink, Findings findings)
      throws InputException, IOException {
    String name = file.getFileName().toString();
    XMLInputFactory f =
        XMLInputFactory.newDefaultFactory(); // the JDK's own, not one found on the class path
    f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
    f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
    f.setProperty(XMLInputFactory.IS_REPLACING_ENTITY_REFERENCES, false);
    try (InputStream in = new BufferedInputStream(Files.newInputStream(file), 1 << 16)) {
      XMLStreamReader r = f.createXMLStreamReader(in);
      try {
        return new Parse(name, r, context, sink, findings).run();
      } finally {
        r.close();
      }
    } catch (XMLStreamException e) {
      int line = e.getLocation() == null ? -1 : e.getLocation().getLineNumber();
      throw new InputException(
          name,
          line > 0 ? "line " + line : "the file",
          "-",
          "the XML cannot be read (" + firstLine(e.getMessage()) + ")",
          "well-formed XML in UTF-8 (or the encoding its declaration names)",
          e);
    }
  }

  private static String firstLine(String message) {
    if (message == null) {
      return "malformed";
    }
    String m =
        message.contains("Message: ")
            ? message.substring(message.indexOf("Message: ") + 9)
            : message;
    return m.lines().findFirst().orElse("malformed").strip();
  }

  /** One pass over one file. */
  private static final class Parse {
    private final String file;
    private final XMLStreamReader r;
    private final ReadContext context;
    private final RowSink sink;
    private final Findings findings;
    private final Map<Table, Integer> rows = new EnumMap<>(Table.class);
    private final Set<String> ignored = new TreeSet<>();
    private String la;
    private LocalDate referenceDate;
    private int year;
    private LocalDate latest;

    Parse(String file, XMLStreamReader r, ReadContext context, RowSink sink, Findings findings) {
      this.file = file;
      this.r = r;
      this.context = context;
      this.sink = sink;
      this.findings = findings;
      for (Table t : TABLES) {
        rows.put(t, 0);
      }
    }

    ReadResult run() throws XMLStreamException, InputException {
      boolean sawRoot = false;
      while (r.hasNext()) {
        int ev = r.next();
        if (ev == XMLStreamConstants.DTD) {
          throw new InputException(
              file, line(), "-", "the file declares a DTD, which is not allowed", "no DOCTYPE");
        }
        if (ev == XMLStreamConstants.ENTITY_REFERENCE) {
          throw new InputException(
              file,
              line(),
              "-",
              "the file uses an entity reference, which is not allowed",
              "plain text values");
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String el = r.getLocalName();
        if (!sawRoot) {
          sawRoot = true;
          if (!el.equals("Message")) {
            throw new InputException(
                file, line(), "<" + el + ">", "the root element is <" + el + ">", "<Message>");
          }
          continue;
        }
        switch (el) {
          case "Header" -> header();
          case "Child" -> child();
          case "Children" -> {
            if (referenceDate == null) {
              throw new InputException(
                  file,
                  line(),
                  "ReferenceDate",
                  "the children come before the header's ReferenceDate",
                  "a Header with CollectionDetails/ReferenceDate first");
            }
          }
          default -> ignore(el);
        }
      }
      if (referenceDate == null || la == null) {
        throw new InputException(
            file,
            "the Header",
            referenceDate == null ? "ReferenceDate" : "LEA",
            "the header has no " + (referenceDate == null ? "ReferenceDate" : "LEA"),
            "a Header with CollectionDetails/ReferenceDate and Source/LEA");
      }
      return new ReadResult(
          Format.CIN_CENSUS_XML,
          la,
          new CollectionYear(year),
          EnumSet.copyOf(TABLES),
          rows,
          latest);
    }

    private void header() throws XMLStreamException, InputException {
      int depth = 1;
      while (depth > 0) {
        int ev = r.next();
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String el = r.getLocalName();
          switch (el) {
            case "ReferenceDate" -> {
              referenceDate = isoDate(el, r.getElementText());
              year = CollectionYear.containing(referenceDate).endYear();
            }
            case "LEA" -> {
              String lea = Values.text(r.getElementText());
              if (lea == null || !lea.matches("\\d{3}")) {
                throw new InputException(
                    file,
                    line(),
                    "LEA",
                    "'" + lea + "' is not a council code",
                    "a 3-digit DfE code");
              }
              if (context.la() != null && !context.la().equals(lea)) {
                throw new InputException(
                    file,
                    line(),
                    "LEA",
                    "the file is for council " + lea + " but " + context.la() + " was given",
                    "the council given with --la");
              }
              la = lea;
            }
            default -> depth++;
          }
        } else if (ev == XMLStreamConstants.END_ELEMENT) {
          depth--;
        }
      }
    }

    private void child() throws XMLStreamException, InputException {
      int childLine = r.getLocation().getLineNumber();
      Object[] child = new Object[Table.CHILD.columns().size()];
      child[0] = "CIN_CENSUS";
      List<String> disabilities = new ArrayList<>();
      List<Runnable> pending = new ArrayList<>();
      int episodeNo = 0;
      while (true) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("Child")) {
          break;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String el = r.getLocalName();
        switch (el) {
          case "ChildIdentifiers", "ChildCharacteristics", "Disabilities" -> {}
          case "LAchildID" -> child[1] = Values.text(r.getElementText());
          case "UPN" -> child[2] = Values.text(r.getElementText());
          case "FormerUPN" -> child[3] = Values.text(r.getElementText());
          case "UPNunknown" -> child[4] = Values.code(r.getElementText());
          case "PersonBirthDate" -> child[5] = isoDate(el, r.getElementText());
          case "ExpectedPersonBirthDate" -> child[6] = isoDate(el, r.getElementText());
          case "GenderCurrent", "Sex" -> child[7] = sex(el, Values.code(r.getElementText()));
          case "PersonDeathDate" -> child[8] = isoDate(el, r.getElementText());
          case "Ethnicity" -> {
            String c = Values.code(r.getElementText());
            child[9] = checked(el, c, c == null || CinCodes.ETHNICITY.contains(c));
          }
          case "Disability" -> {
            String d = Values.code(r.getElementText());
            if (d != null) {
              checked(el, d, CinCodes.DISABILITY.contains(d));
              disabilities.add(d);
            }
          }
          case "CINdetails" -> {
            episodeNo++;
            pending.add(episode(episodeNo));
          }
          default -> ignore(el);
        }
      }
      if (child[1] == null) {
        throw new InputException(
            file,
            "line " + childLine,
            "LAchildID",
            "a <Child> has no LAchildID",
            "every Child to carry its LAchildID");
      }
      emit(Table.CHILD, child);
      for (String d : disabilities) {
        emit(Table.CHILD_DISABILITY, new Object[] {child[1], d});
      }
      // Rows of the child's episodes wait for the child id, which may come after them.
      currentChild = (String) child[1];
      for (Runnable p : pending) {
        p.run();
      }
    }

    private String currentChild;

    /** Reads one CINdetails; returns the emission of its rows once the child id is known. */
    private Runnable episode(int episodeNo) throws XMLStreamException, InputException {
      Object[] e = new Object[Table.CIN_EPISODE.columns().size()];
      e[1] = episodeNo;
      List<Object[]> assessments = new ArrayList<>();
      List<Object[]> factors = new ArrayList<>();
      List<Object[]> plans = new ArrayList<>();
      List<Object[]> s47s = new ArrayList<>();
      List<Object[]> cpps = new ArrayList<>();
      List<Object[]> reviews = new ArrayList<>();
      List<Object[]> pps = new ArrayList<>();
      while (true) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals("CINdetails")) {
          break;
        }
        if (ev != XMLStreamConstants.START_ELEMENT) {
          continue;
        }
        String el = r.getLocalName();
        switch (el) {
          case "CINreferralDate" -> e[2] = event(el, r.getElementText());
          case "ReferralSource" -> {
            String c = Values.code(r.getElementText());
            e[3] = checked(el, c, c == null || CinCodes.referralSource(c, year));
          }
          case "PrimaryNeedCode" -> {
            String c = Values.code(r.getElementText());
            e[4] = checked(el, c, c == null || CinCodes.NEED.contains(c));
          }
          case "CINclosureDate" -> e[5] = event(el, r.getElementText());
          case "ReasonForClosure" -> {
            String c = Values.code(r.getElementText());
            e[6] = checked(el, c, c == null || CinCodes.reasonForClosure(c, year));
          }
          case "ReferralNFA" -> e[7] = flag(el, r.getElementText());
          case "DateOfInitialCPC" -> e[8] = event(el, r.getElementText());
          case "Assessments" -> {
            Object[] a = new Object[Table.ASSESSMENT.columns().size()];
            a[1] = episodeNo;
            a[2] = assessments.size() + 1;
            int n = (Integer) a[2];
            block(
                "Assessments",
                (name, text) -> {
                  switch (name) {
                    case "AssessmentActualStartDate" -> a[3] = event(name, text);
                    case "AssessmentInternalReviewDate" -> a[4] = event(name, text);
                    case "AssessmentAuthorisationDate" -> a[5] = event(name, text);
                    case "AssessmentFactors" -> {
                      String c = Values.code(text);
                      if (c != null) {
                        checked(name, c, CinCodes.factor(c, year));
                        factors.add(new Object[] {null, episodeNo, n, c});
                      }
                    }
                    default -> ignore(name);
                  }
                },
                "FactorsIdentifiedAtAssessment");
            order("AssessmentAuthorisationDate", (LocalDate) a[3], (LocalDate) a[5]);
            assessments.add(a);
          }
          case "CINPlanDates" -> {
            Object[] p = new Object[Table.CIN_PLAN.columns().size()];
            p[1] = episodeNo;
            block(
                "CINPlanDates",
                (name, text) -> {
                  switch (name) {
                    case "CINPlanStartDate" -> p[2] = event(name, text);
                    case "CINPlanEndDate" -> p[3] = event(name, text);
                    default -> ignore(name);
                  }
                });
            order("CINPlanEndDate", (LocalDate) p[2], (LocalDate) p[3]);
            plans.add(p);
          }
          case "Section47" -> {
            Object[] s = new Object[Table.SECTION47.columns().size()];
            s[1] = episodeNo;
            block(
                "Section47",
                (name, text) -> {
                  switch (name) {
                    case "S47ActualStartDate" -> s[2] = event(name, text);
                    case "InitialCPCtarget" -> s[3] = isoDate(name, text);
                    case "DateOfInitialCPC" -> s[4] = event(name, text);
                    case "ICPCnotRequired" -> s[5] = flag(name, text);
                    default -> ignore(name);
                  }
                });
            order("DateOfInitialCPC", (LocalDate) s[2], (LocalDate) s[4]);
            s47s.add(s);
          }
          case "ChildProtectionPlans" -> {
            Object[] p = new Object[Table.CP_PLAN.columns().size()];
            p[1] = episodeNo;
            p[2] = cpps.size() + 1;
            int n = (Integer) p[2];
            block(
                "ChildProtectionPlans",
                (name, text) -> {
                  switch (name) {
                    case "CPPstartDate" -> p[3] = event(name, text);
                    case "CPPendDate" -> p[4] = event(name, text);
                    case "InitialCategoryOfAbuse" -> p[5] = category(name, text);
                    case "LatestCategoryOfAbuse" -> p[6] = category(name, text);
                    case "NumberOfPreviousCPP" -> p[7] = integer(name, text);
                    case "CPPreviewDate" ->
                        reviews.add(new Object[] {null, episodeNo, n, event(name, text)});
                    default -> ignore(name);
                  }
                },
                "Reviews");
            order("CPPendDate", (LocalDate) p[3], (LocalDate) p[4]);
            cpps.add(p);
          }
          case "PreProceedingsandFGDM", "PreProceedings" -> {
            Object[] p = new Object[Table.PRE_PROCEEDINGS.columns().size()];
            p[1] = episodeNo;
            block(
                el,
                (name, text) -> {
                  switch (name) {
                    case "PPStartDate" -> p[2] = event(name, text);
                    case "LBPSentDate" -> p[3] = event(name, text);
                    case "FGDMMeetingOffer" -> p[4] = Values.text(text);
                    case "FGDMMeetingFac" -> p[5] = Values.text(text);
                    case "InitialPPMeetingDate" -> p[6] = event(name, text);
                    case "ReviewMeetingsCount" -> p[7] = integer(name, text);
                    case "StepDecisionDate" -> p[8] = event(name, text);
                    case "PPOutcome" -> p[9] = Values.text(text);
                    case "CourtAppDate" -> p[10] = event(name, text);
                    case "LetterInitCPDate" -> p[11] = event(name, text);
                    default -> ignore(name);
                  }
                });
            pps.add(p);
          }
          default -> ignore(el);
        }
      }
      order("CINclosureDate", (LocalDate) e[2], (LocalDate) e[5]);
      return () -> {
        e[0] = currentChild;
        emit(Table.CIN_EPISODE, e);
        emitAll(Table.ASSESSMENT, assessments);
        emitAll(Table.ASSESSMENT_FACTOR, factors);
        emitAll(Table.CIN_PLAN, plans);
        emitAll(Table.SECTION47, s47s);
        emitAll(Table.CP_PLAN, cpps);
        emitAll(Table.CP_REVIEW, reviews);
        emitAll(Table.PRE_PROCEEDINGS, pps);
      };
    }

    /** A leaf inside a block: its element name and text. */
    private interface Leaf {
      void accept(String name, String text) throws InputException;
    }

    /** Reads the leaves of a block element, descending through the named wrappers. */
    private void block(String end, Leaf leaf, String... wrappers)
        throws XMLStreamException, InputException {
      Set<String> wrap = Set.of(wrappers);
      while (true) {
        int ev = r.next();
        if (ev == XMLStreamConstants.END_ELEMENT && r.getLocalName().equals(end)) {
          return;
        }
        if (ev == XMLStreamConstants.START_ELEMENT) {
          String name = r.getLocalName();
          if (!wrap.contains(name)) {
            currentLine = line();
            leaf.accept(name, r.getElementText());
          }
        }
      }
    }

    private String currentLine;

    private void emitAll(Table t, List<Object[]> list) {
      for (Object[] row : list) {
        row[0] = currentChild;
        emit(t, row);
      }
    }

    private void emit(Table t, Object[] row) {
      sink.row(t, row);
      rows.merge(t, 1, Integer::sum);
    }

    /** Reports an element caseflow does not read (once per name) and walks past its subtree. */
    private void ignore(String el) {
      if (ignored.add(el)) {
        findings.add(
            new Finding(
                FindingType.IGNORED_FIELD,
                file,
                line(),
                el,
                null,
                "caseflow does not read this element"));
      }
      try {
        if (r.isStartElement()) {
          int depth = 1;
          while (depth > 0) {
            int ev = r.next();
            if (ev == XMLStreamConstants.START_ELEMENT) {
              depth++;
            } else if (ev == XMLStreamConstants.END_ELEMENT) {
              depth--;
            }
          }
        }
      } catch (XMLStreamException e) {
        throw new IllegalStateException(e);
      }
    }

    private String line() {
      return "line " + (r.getLocation() == null ? "?" : r.getLocation().getLineNumber());
    }

    private String where() {
      return currentLine != null ? currentLine : line();
    }

    private LocalDate isoDate(String el, String text) throws InputException {
      try {
        return Values.isoDate(text);
      } catch (DateTimeException | NumberFormatException e) {
        throw new InputException(
            file,
            line(),
            el,
            PERSONAL_ELEMENTS.contains(el)
                ? "the value is not a date"
                : "'" + text.strip() + "' is not a date",
            "a date as yyyy-mm-dd");
      }
    }

    /** An event date: read, remembered as the latest, and checked against the reference date. */
    private LocalDate event(String el, String text) throws InputException {
      LocalDate d = isoDate(el, text);
      if (d != null) {
        if (latest == null || d.isAfter(latest)) {
          latest = d;
        }
        if (referenceDate != null && d.isAfter(referenceDate)) {
          findings.add(
              new Finding(
                  FindingType.DATE_AFTER_REFERENCE_DATE,
                  file,
                  where(),
                  el,
                  d.toString(),
                  "expected a date on or before the reference date " + referenceDate));
        }
      }
      return d;
    }

    private Boolean flag(String el, String text) throws InputException {
      try {
        return Values.flag(text);
      } catch (IllegalArgumentException e) {
        throw new InputException(
            file, line(), el, "'" + text.strip() + "' is not true or false", "true, false, 1 or 0");
      }
    }

    private Integer integer(String el, String text) throws InputException {
      try {
        return Values.integer(text);
      } catch (NumberFormatException e) {
        throw new InputException(
            file, line(), el, "'" + text.strip() + "' is not a whole number", "a whole number");
      }
    }

    private String category(String el, String text) {
      String c = Values.code(text);
      return checked(el, c, c == null || CinCodes.CATEGORY.contains(c));
    }

    private String sex(String el, String code) {
      if (code == null) {
        return null;
      }
      boolean gc = el.equals("GenderCurrent");
      checked(el, code, CinCodes.sex(code, gc));
      return switch (code) {
        case "1", "M" -> "M";
        case "2", "F" -> "F";
        default -> "U";
      };
    }

    private String checked(String el, String code, boolean ok) {
      if (!ok && code != null) {
        findings.add(
            new Finding(
                FindingType.UNKNOWN_CODE,
                file,
                where(),
                el,
                code,
                "not in the " + el + " code list for " + new CollectionYear(year)));
      }
      return code;
    }

    private void order(String el, LocalDate start, LocalDate end) {
      if (start != null && end != null && end.isBefore(start)) {
        findings.add(
            new Finding(
                FindingType.END_BEFORE_START,
                file,
                line(),
                el,
                end.toString(),
                "expected a date on or after " + start));
      }
    }
  }

  private static final List<Table> TABLES =
      List.of(
          Table.CHILD,
          Table.CHILD_DISABILITY,
          Table.CIN_EPISODE,
          Table.ASSESSMENT,
          Table.ASSESSMENT_FACTOR,
          Table.CIN_PLAN,
          Table.SECTION47,
          Table.CP_PLAN,
          Table.CP_REVIEW,
          Table.PRE_PROCEEDINGS);
}
