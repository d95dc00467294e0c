/** The caseflow command line: git-style subcommands over the whole flow. */
package org.caseflow.cli;
