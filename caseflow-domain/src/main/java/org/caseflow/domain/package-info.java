/** The canonical model of a council's children's social care data, free of any framework. */
package org.caseflow.domain;
