/** Reading Ofsted's Annex A workbook, lists 1 to 11, with the variants councils export. */
package org.caseflow.ingest.annexa;
