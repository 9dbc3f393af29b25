/** Implementation details; not API, may change in any release. */
package org.quotekit.internal;
