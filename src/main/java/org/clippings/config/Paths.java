package org.clippings.config;

/** Where the articles and user templates are read and the site is written, relative to the config file. */
public record Paths(String articles, String templates, String output) {

  public static final Paths DEFAULT = new Paths(null, null, null);

  public Paths {
    articles = articles == null ? "articles" : articles;
    templates = templates == null ? "templates" : templates;
    output = output == null ? "public" : output;
  }
}
