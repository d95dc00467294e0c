package org.caseflow.web;

/**
 * An error page.
 *
 * @param frame the frame
 * @param heading what went wrong, in a few words
 * @param message what to do about it
 */
record ErrorPage(Frame frame, String heading, String message) {}
