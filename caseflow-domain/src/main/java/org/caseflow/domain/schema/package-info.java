/** The canonical tables every return is normalised into, defined once as data. */
package org.caseflow.domain.schema;
