/** Exception lists and the child lists behind a figure, each view audited. */
package org.caseflow.web.children;
