/**
 * The reader of Ofsted's published lists of children's social care providers (xlsx): the children's
 * homes list, the list of other social care providers (independent fostering agencies, voluntary
 * adoption agencies, supported accommodation, secure children's homes, residential special schools,
 * ...) and the combined "management information" layout of 2023 to 2026.
 */
package org.caseflow.ingest.provider;
