/** Downloading the committee report for a period, in the version the role may have. */
package org.caseflow.web.reports;
