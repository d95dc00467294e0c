/** Signing in and out: the sign-in form, failed-attempt limits and sessions' cookies. */
package org.caseflow.web.signin;
