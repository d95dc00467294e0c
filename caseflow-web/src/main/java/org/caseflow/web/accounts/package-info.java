/** The admins' accounts page: list, add, reset a password, disable and enable, each audited. */
package org.caseflow.web.accounts;
