/** The committee report: inputs, processes and outputs in HTML, PDF and Word. */
package org.caseflow.report;
