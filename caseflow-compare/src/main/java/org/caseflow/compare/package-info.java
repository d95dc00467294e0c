/** How a council compares: published benchmarks, statistical neighbours, targets and RAG. */
package org.caseflow.compare;
