/**
 * An indicator's page: its figure, trend, breakdown, benchmarks, definition and data-quality
 * findings.
 */
package org.caseflow.web.indicator;
