/** Reporting years and periods, with the reference date always passed in. */
package org.caseflow.domain.period;
