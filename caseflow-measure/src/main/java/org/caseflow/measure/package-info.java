/** The indicator catalogue: definitions as data, measured for any period, traceable to children. */
package org.caseflow.measure;
