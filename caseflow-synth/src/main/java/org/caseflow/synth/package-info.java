/**
 * A synthetic council: statutory returns in their real formats, calibrated from published figures.
 *
 * <p><b>Validity.</b> The returns follow the DfE's rules as caseflow reads them
 * (caseflow-validate): UPNs carry their check letter; every child has a disability entry (NONE at
 * least); the CIN census holds only the work open in its year (no assessment, plan, enquiry or
 * review that ended before 1 April) and no activity after an episode's closure; homes and
 * placements are at real full postcodes of the council and its four nearest councils ({@code
 * places/postcodes.csv}, a 40-postcode sample per council from the ONS Postcode Directory) and
 * every placement carries a URN, XXXXXXX where Ofsted registers none; short breaks (V3) carry
 * neither. Tested by caseflow-cli's {@code SynthValidatesTest}. What validation still reports is
 * caseflow's reading, not the data: SSDA903 1002 reads only the years loaded, so care leavers who
 * left before them look as if never looked after; 503D and 434 compare 2025-26's Z11-Z14 with the
 * Z1 they replace; 624 (a mother's MC_DOB given again) cannot hold for a care leaver no longer
 * looked after, whose MOTHER must be blank (628) and whose MC_DOB then must be too (612). Queries
 * remain at realistic rates; 8825Q flags NFA referrals, closed RC8 with no assessment.
 */
package org.caseflow.synth;
