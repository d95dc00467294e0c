#!/usr/bin/env bash
# The fault suite (issue 20), run by .ci/run after the tests, on the jar `mvn verify` built:
#   1. kill -9 at random points of a large import: after each kill, caseflow opens the store and
#      it holds exactly what it held before the import or exactly what a whole import gives;
#   2. an import onto a small tmpfs that fills (root only; skipped with a message otherwise): the
#      import fails plainly and the store is as before;
#   3. hostile workbooks made here (never committed): one huge shared string, an inflation bomb,
#      a white-space bomb; each refused with a message naming the limit, within bounded time and
#      a 256 MB heap, the store unchanged.
# Bounded to a few minutes on 2 cores: FAULT_KILLS (default 8) kills; FAULT_SCALE (default 2) the
# size of the council imported. Exits non-zero when any check fails.
set -euo pipefail
cd "$(dirname "$0")/.."
root="$(pwd)"
jar="${CASEFLOW_JAR:-$root/caseflow-cli/target/caseflow.jar}"
[ -f "$jar" ] || { echo "fault suite: $jar is missing (run mvn package first)" >&2; exit 2; }
kills="${FAULT_KILLS:-8}"
scale="${FAULT_SCALE:-2}"
work="$(mktemp -d "${TMPDIR:-/tmp}/caseflow-faults.XXXXXX")"
mounted=""
cleanup() {
  if [ -n "$mounted" ]; then umount "$mounted" 2>/dev/null || true; fi
  rm -rf "$work"
}
trap cleanup EXIT
trap 'exit 130' INT TERM
failures=0
fail() { echo "FAIL: $*"; failures=$((failures + 1)); }
ok() { echo "ok: $*"; }
now() { date +%s.%N; }
since() { awk -v a="$1" -v b="$(now)" 'BEGIN { printf "%.1f", b - a }'; }
started="$(now)"
cf() { java -XX:TieredStopAtLevel=1 -Xmx1g -jar "$jar" "$@"; }

# What a store holds, as caseflow opens it: each table's rows and the batches, one line each.
cat > "$work/StoreCheck.java" <<'EOF'
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.caseflow.store.Store;

public class StoreCheck {
  public static void main(String[] args) throws Exception {
    try (Store store = Store.open(args[0]); Statement s = store.connection().createStatement()) {
      List<String> tables = new ArrayList<>();
      try (ResultSet rs = s.executeQuery("SELECT table_name FROM information_schema.tables"
          + " WHERE table_schema = 'main' AND table_type = 'BASE TABLE' ORDER BY table_name")) {
        while (rs.next()) {
          tables.add(rs.getString(1));
        }
      }
      for (String t : tables) {
        try (ResultSet rs = s.executeQuery("SELECT count(*) FROM \"" + t + "\"")) {
          rs.next();
          System.out.println(t + " " + rs.getLong(1));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT string_agg(CAST(batch_id AS VARCHAR) || ':'"
          + " || return_kind || ':' || collection_year, ',' ORDER BY batch_id) FROM import_batch")) {
        rs.next();
        System.out.println("batches " + rs.getString(1));
      }
    }
  }
}
EOF
check() { java -XX:TieredStopAtLevel=1 -cp "$jar:$(dirname "$jar")/lib/*" "$work/StoreCheck.java" "$1"; }

echo "== fault suite in $work (kills: $kills, scale: $scale)"
cf synth --la 808 --from 2024 --to 2024 --out "$work/base" > /dev/null
cf synth --la 808 --from 2025 --to 2025 --scale "$scale" --out "$work/big" > /dev/null
cf import --store "$work/base.duckdb" --la 808 \
  "$work/base/cin_census_2024.xml" "$work/base/ssda903_2024" > /dev/null
rm -f "$work/base.duckdb.wal"
big=("$work/big/cin_census_2025.xml" "$work/big/ssda903_2025" "$work/big/annex_a_2025.xlsx")
check "$work/base.duckdb" > "$work/before.txt"

# The whole import once, for what "fully imported" holds and how long an import takes.
cp "$work/base.duckdb" "$work/full.duckdb"
t0="$(now)"
cf import --store "$work/full.duckdb" --la 808 "${big[@]}" > "$work/full.out"
took="$(since "$t0")"
check "$work/full.duckdb" > "$work/after.txt"
if cmp -s "$work/before.txt" "$work/after.txt"; then
  fail "the whole import changed nothing"
fi
echo "-- 1. kill -9 during an import (a whole import takes ${took} s with start-up)"
before_n=0
full_n=0
for k in $(seq 1 "$kills"); do
  cp "$work/base.duckdb" "$work/k.duckdb"
  rm -f "$work/k.duckdb.wal"
  # A random moment from 0.2 s to the whole import's time plus a little.
  delay="$(awk -v r="$RANDOM" -v t="$took" 'BEGIN { printf "%.2f", 0.2 + (r / 32767) * (t + 0.3) }')"
  java -XX:TieredStopAtLevel=1 -Xmx1g -jar "$jar" import --store "$work/k.duckdb" --la 808 \
    "${big[@]}" > /dev/null 2>&1 &
  pid=$!
  sleep "$delay"
  kill -9 "$pid" 2>/dev/null || true
  wait "$pid" 2>/dev/null || true
  if ! check "$work/k.duckdb" > "$work/k.txt" 2> "$work/k.err"; then
    fail "kill $k at ${delay} s: caseflow cannot open the store afterwards: $(head -c 300 "$work/k.err")"
  elif cmp -s "$work/k.txt" "$work/before.txt"; then
    before_n=$((before_n + 1))
    ok "kill $k at ${delay} s: the store is as before"
  elif cmp -s "$work/k.txt" "$work/after.txt"; then
    full_n=$((full_n + 1))
    ok "kill $k at ${delay} s: the store is fully imported"
  else
    fail "kill $k at ${delay} s: the store is neither as before nor fully imported:"
    diff "$work/before.txt" "$work/k.txt" | head -20 || true
  fi
done
echo "   $before_n as before, $full_n fully imported, of $kills"

echo "-- 2. an import onto a disk that fills"
if [ "$(id -u)" != 0 ]; then
  echo "skipped: not root (mounting a small tmpfs needs root)"
else
  mkdir -p "$work/small"
  base_kb=$(du -k "$work/base.duckdb" | cut -f1)
  # Room for the store as it is and a little more: not for the import.
  size_kb=$((base_kb + 1024))
  if mount -t tmpfs -o "size=${size_kb}k" tmpfs "$work/small" 2> "$work/mount.err"; then
    mounted="$work/small"
    cp "$work/base.duckdb" "$work/small/s.duckdb"
    set +e
    timeout 120 java -XX:TieredStopAtLevel=1 -Xmx1g -jar "$jar" import \
      --store "$work/small/s.duckdb" --la 808 "${big[@]}" > "$work/full-disk.out" 2> "$work/full-disk.err"
    code=$?
    set -e
    if [ "$code" = 0 ]; then
      fail "the import onto a full disk reported success"
    elif [ "$code" = 124 ]; then
      fail "the import onto a full disk did not end within 120 s"
    elif grep -q -E 'Exception in thread|^[[:space:]]+at [a-z]' "$work/full-disk.err"; then
      fail "the import onto a full disk printed a stack trace: $(head -c 300 "$work/full-disk.err")"
    else
      ok "the import onto a full disk failed (exit $code): $(head -c 200 "$work/full-disk.err")"
      grep -q -i -E 'disk|space|full' "$work/full-disk.err" \
        || echo "   note: the message does not say the disk is full"
    fi
    # What it holds, checked off the full disk (opening a store writes its schema if need be).
    cp "$work/small/s.duckdb" "$work/fd.duckdb"
    [ -f "$work/small/s.duckdb.wal" ] && cp "$work/small/s.duckdb.wal" "$work/fd.duckdb.wal"
    umount "$work/small" && mounted=""
    if check "$work/fd.duckdb" > "$work/fd.txt" 2> "$work/fd.err" \
      && cmp -s "$work/fd.txt" "$work/before.txt"; then
      ok "after the full disk the store is as before"
    else
      fail "after the full disk the store is not as before: $(head -c 300 "$work/fd.err")"
    fi
  else
    echo "skipped: cannot mount a tmpfs here ($(head -c 200 "$work/mount.err"))"
  fi
fi

echo "-- 3. hostile workbooks"
cat > "$work/Bombs.java" <<'EOF'
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;

/** Writes small workbooks that inflate hugely: the ones issue 20 found, made again. */
public class Bombs {
  static final String TYPES = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Types xmlns=\"http://schemas.openxmlformats.org/package/2006/content-types\"><Default Extension=\"rels\" ContentType=\"application/vnd.openxmlformats-package.relationships+xml\"/><Default Extension=\"xml\" ContentType=\"application/xml\"/><Override PartName=\"/xl/workbook.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/><Override PartName=\"/xl/worksheets/sheet1.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/><Override PartName=\"/xl/sharedStrings.xml\" ContentType=\"application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml\"/></Types>";
  static final String RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument\" Target=\"xl/workbook.xml\"/></Relationships>";
  static final String WB = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets><sheet name=\"List 1\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
  static final String WB_RELS = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\"><Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/><Relationship Id=\"rId2\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings\" Target=\"sharedStrings.xml\"/></Relationships>";
  static final String SHEET_HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData><row r=\"1\"><c r=\"A1\" t=\"s\"><v>0</v></c></row>";
  static final String SHEET_TAIL = "</sheetData></worksheet>";
  static final String SST_SMALL = "<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>Child Unique ID</t></si></sst>";

  interface Body { void write(OutputStream o) throws Exception; }

  static void repeat(OutputStream o, byte[] unit, long bytes) throws Exception {
    byte[] block = new byte[1 << 20];
    for (int k = 0; k < block.length; k++) block[k] = unit[k % unit.length];
    for (long left = bytes; left > 0; left -= block.length) {
      o.write(block, 0, (int) Math.min(block.length, left));
    }
  }

  static void put(ZipOutputStream z, String name, Body b) throws Exception {
    z.putNextEntry(new ZipEntry(name));
    b.write(z);
    z.closeEntry();
  }

  static void workbook(Path file, Body sheet, Body strings) throws Exception {
    try (ZipOutputStream z = new ZipOutputStream(Files.newOutputStream(file))) {
      z.setLevel(9);
      put(z, "[Content_Types].xml", o -> o.write(TYPES.getBytes(StandardCharsets.UTF_8)));
      put(z, "_rels/.rels", o -> o.write(RELS.getBytes(StandardCharsets.UTF_8)));
      put(z, "xl/workbook.xml", o -> o.write(WB.getBytes(StandardCharsets.UTF_8)));
      put(z, "xl/_rels/workbook.xml.rels", o -> o.write(WB_RELS.getBytes(StandardCharsets.UTF_8)));
      put(z, "xl/sharedStrings.xml", strings);
      put(z, "xl/worksheets/sheet1.xml", sheet);
    }
  }

  public static void main(String[] args) throws Exception {
    Path dir = Path.of(args[0]);
    long mib = 1L << 20;
    Body plainSheet = o -> o.write((SHEET_HEAD + SHEET_TAIL).getBytes(StandardCharsets.UTF_8));
    Body smallStrings = o -> o.write(SST_SMALL.getBytes(StandardCharsets.UTF_8));
    // One shared string of 200 MiB.
    workbook(dir.resolve("shared_string.xlsx"), plainSheet, o -> {
      o.write("<?xml version=\"1.0\" encoding=\"UTF-8\"?><sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" count=\"1\" uniqueCount=\"1\"><si><t>".getBytes(StandardCharsets.UTF_8));
      repeat(o, "A".getBytes(StandardCharsets.US_ASCII), 200 * mib);
      o.write("</t></si></sst>".getBytes(StandardCharsets.UTF_8));
    });
    // 1.1 GiB of rows (past the 1 GiB of all parts), each row the same: an inflation bomb.
    workbook(dir.resolve("rows_bomb.xlsx"), o -> {
      o.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
      repeat(o, "<row><c t=\"inlineStr\"><is><t>x</t></is></c></row>".getBytes(StandardCharsets.UTF_8), 1100 * mib);
      o.write(SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
    }, smallStrings);
    // 200 MiB of white space between two cells.
    workbook(dir.resolve("whitespace.xlsx"), o -> {
      o.write(SHEET_HEAD.getBytes(StandardCharsets.UTF_8));
      repeat(o, " ".getBytes(StandardCharsets.US_ASCII), 200 * mib);
      o.write(SHEET_TAIL.getBytes(StandardCharsets.UTF_8));
    }, smallStrings);
  }
}
EOF
mkdir -p "$work/bombs"
t0="$(now)"
java "$work/Bombs.java" "$work/bombs"
echo "   made in $(since "$t0") s: $(cd "$work/bombs" && ls -s --block-size=K -- *.xlsx | tr '\n' ' ')"
for b in shared_string rows_bomb whitespace; do
  cp "$work/base.duckdb" "$work/b.duckdb"
  rm -f "$work/b.duckdb.wal"
  t0="$(now)"
  set +e
  timeout 120 java -XX:TieredStopAtLevel=1 -Xmx256m -jar "$jar" import --store "$work/b.duckdb" \
    --la 808 "$work/bombs/$b.xlsx" > "$work/b.out" 2> "$work/b.err"
  code=$?
  set -e
  secs="$(since "$t0")"
  if [ "$code" = 124 ]; then
    fail "$b.xlsx: not refused within 120 s"
  elif [ "$code" = 0 ]; then
    fail "$b.xlsx: imported (exit 0): $(head -c 200 "$work/b.out")"
  elif grep -q -E 'OutOfMemoryError|Exception in thread|^[[:space:]]+at [a-z]' "$work/b.err"; then
    fail "$b.xlsx: failed badly (exit $code): $(head -c 300 "$work/b.err")"
  elif ! grep -q -E 'expected|limit' "$work/b.err"; then
    fail "$b.xlsx: refused without naming a limit: $(head -c 300 "$work/b.err")"
  else
    ok "$b.xlsx refused in $secs s (256 MB heap): $(head -c 160 "$work/b.err")"
  fi
  check "$work/b.duckdb" > "$work/b.txt"
  cmp -s "$work/b.txt" "$work/before.txt" || fail "$b.xlsx: the store changed"
done

echo "== fault suite: $failures failed, in $(since "$started") s"
[ "$failures" = 0 ]
