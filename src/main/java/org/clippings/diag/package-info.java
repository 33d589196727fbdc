/**
 * Diagnostics: the one way every stage reports trouble. A problem in one file is data ({@link
 * org.clippings.diag.Problem}), not an exception. Leaf package: it depends on no other Clippings
 * package.
 */
package org.clippings.diag;
