/** Code lists shared by several returns. */
package org.caseflow.domain.codes;
