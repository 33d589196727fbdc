/**
 * Publish: writing the site atomically (built beside the output folder, swapped in only when
 * complete), refusing to overwrite folders Clippings did not make, and checking the written site.
 * Decides nothing about what a page contains.
 */
package org.clippings.publish;
