/** A synthetic council: real-format returns calibrated from the council's published figures. */
package org.caseflow.synth;
