/**
 * Render: the page plan (every page and its URL, decided once), the views templates see, FreeMarker
 * rendering, feeds, sitemap, JSON-LD and the records export. Emits bytes to a {@link
 * org.clippings.render.PageSink}; never writes files itself.
 */
package org.clippings.render;
