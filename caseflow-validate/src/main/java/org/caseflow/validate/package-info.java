/** The DfE's validation rules for each return and year, one per code, run as queries. */
package org.caseflow.validate;
