/** Signal or noise: the summary of every indicator's variation and assurance, and its XmR chart. */
package org.caseflow.web.spc;
