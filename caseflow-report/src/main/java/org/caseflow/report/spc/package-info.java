/**
 * Statistical process control drawn once for the report and the dashboard: the variation and
 * assurance icons and the XmR chart, as inline SVG with words and text alternatives.
 */
package org.caseflow.report.spc;
