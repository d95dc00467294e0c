/** placeholder */
package org.caseflow.cli;
