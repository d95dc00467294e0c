/** The council's own CSV templates (caseload extract and others): layouts and their reader. */
package org.caseflow.ingest.template;
