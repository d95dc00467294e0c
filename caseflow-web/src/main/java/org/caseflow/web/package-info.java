/**
 * The performance clinic dashboard: a web application for the scorecard, children, actions and
 * audit.
 */
package org.caseflow.web;
