/**
 * Statistical process control ("Making Data Count"): XmR charts of monthly series, their
 * special-cause signals, and the variation and assurance every presenter shows.
 */
package org.caseflow.compare.spc;
