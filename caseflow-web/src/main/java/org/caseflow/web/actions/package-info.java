/** The clinic's actions: raised from a figure or a list, owned, updated and closed. */
package org.caseflow.web.actions;
