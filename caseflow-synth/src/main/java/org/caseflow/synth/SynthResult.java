package org.caseflow.synth;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.caseflow.domain.schema.Table;

/**
 * What was written.
 *
 * @param files the files, in the order written
 * @param rows per file, the rows it holds per canonical table (an import must reproduce them)
 * @param children how many children the simulation followed
 */
public record SynthResult(List<Path> files, Map<Path, Map<Table, Integer>> rows, int children) {}
