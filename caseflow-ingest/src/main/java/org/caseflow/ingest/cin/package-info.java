/** Reading the CIN census XML (collection years 2017 to 2027) into canonical rows. */
package org.caseflow.ingest.cin;
