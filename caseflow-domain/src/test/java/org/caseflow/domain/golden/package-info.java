/**
 * Expected files (golden files, generated docs) that tests compare with, and their regeneration.
 */
package org.caseflow.domain.golden;
