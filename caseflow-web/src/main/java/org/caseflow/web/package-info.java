/**
 * The performance clinic dashboard: start-up, roles and the role table, sessions, the page frame
 * and what the feature packages (one per page) share.
 */
package org.caseflow.web;
