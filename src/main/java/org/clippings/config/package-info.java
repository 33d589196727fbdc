/**
 * Configuration: {@code site-config.yaml} bound to immutable records, every key with a default, and
 * clear errors (file, line, column, the key and the nearest valid key). Reads the config file and
 * nothing else; every stage reads {@link org.clippings.config.SiteConfig}, none changes it.
 */
package org.clippings.config;
