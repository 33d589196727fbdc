/**
 * The records templates see: one view per page kind, built for one page, with every link already
 * made relative (templates prefix {@code page.root}) and every date already formatted. Templates
 * never see the archive, a service or a map.
 */
package org.clippings.render.view;
