/**
 * The Data quality page: the DfE's validation rules failed by each return, and the rows behind one.
 */
package org.caseflow.web.dataquality;
