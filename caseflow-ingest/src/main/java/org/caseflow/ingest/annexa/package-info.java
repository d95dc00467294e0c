/** Reading Ofsted's Annex A workbook (lists 1 to 11) into the canonical AA_* tables. */
package org.caseflow.ingest.annexa;
