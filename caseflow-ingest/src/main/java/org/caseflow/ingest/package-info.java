/** Reading the statutory returns into canonical rows, with findings for everything odd. */
package org.caseflow.ingest;
