/** The scorecard page: every indicator of a period for the council, by stage. */
package org.caseflow.web.scorecard;
