/** The Children's Social Work Workforce (CSWW) census XML reader. */
package org.caseflow.ingest.workforce;
