/** Reading the SSDA903 (children looked after) return, as CSV tables or as XML. */
package org.caseflow.ingest.ssda903;
