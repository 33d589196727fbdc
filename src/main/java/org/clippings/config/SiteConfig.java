package org.clippings.config;

/**
 * The whole configuration, as read from {@code site-config.yaml}. Every section and key has a
 * default, so an empty file (or none) describes a working site.
 */
public record SiteConfig(
    Site site, Paths paths, Ingest ingest, Entities entities, Topics topics, Build build) {

  public SiteConfig {
    site = site == null ? Site.DEFAULT : site;
    paths = paths == null ? Paths.DEFAULT : paths;
    ingest = ingest == null ? Ingest.DEFAULT : ingest;
    entities = entities == null ? Entities.DEFAULT : entities;
    topics = topics == null ? Topics.DEFAULT : topics;
    build = build == null ? Build.DEFAULT : build;
  }

  public static final SiteConfig DEFAULT = new SiteConfig(null, null, null, null, null, null);

  public SiteConfig withBuild(Build b) {
    return new SiteConfig(site, paths, ingest, entities, topics, b);
  }

  public SiteConfig withPaths(Paths p) {
    return new SiteConfig(site, p, ingest, entities, topics, build);
  }
}
