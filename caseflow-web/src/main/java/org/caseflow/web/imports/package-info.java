/** Uploading returns and the provenance of what the store holds. */
package org.caseflow.web.imports;
