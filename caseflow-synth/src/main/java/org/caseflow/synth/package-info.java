/**
 * A synthetic council: statutory returns in their real formats, calibrated from published figures.
 */
package org.caseflow.synth;
