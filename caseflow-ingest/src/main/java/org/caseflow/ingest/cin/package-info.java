/** Reading the DfE Children in Need census XML, collection years 2017 to 2027. */
package org.caseflow.ingest.cin;
