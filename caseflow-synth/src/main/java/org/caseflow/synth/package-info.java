/** placeholder */
package org.caseflow.synth;
