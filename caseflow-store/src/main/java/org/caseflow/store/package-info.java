/** placeholder */
package org.caseflow.store;
