/** The audit log of child-level views, on screen and as CSV. */
package org.caseflow.web.audit;
