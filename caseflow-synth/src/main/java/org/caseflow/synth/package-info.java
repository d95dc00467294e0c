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
 * neither; an unaccompanied child (now or formerly) has no home postcode (406) and the council's
 * own provision other than foster and adoption is inside it (1015). Tested by caseflow-cli's {@code
 * SynthValidatesTest}: no errors from 2024-25 on (the rule sets start there). Queries remain at
 * realistic rates; 8825Q flags NFA referrals, closed RC8 with no assessment.
 *
 * <p><b>Quality.</b> {@link org.caseflow.synth.Quality}: typical and migration plant errors in the
 * latest year's SSDA903 and list each in {@code manifest.csv} (docs/synth.md); caseflow-cli's
 * {@code PlantedErrorsTest} checks that validation finds exactly those.
 */
package org.caseflow.synth;
