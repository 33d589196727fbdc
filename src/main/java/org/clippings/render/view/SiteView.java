package org.clippings.render.view;

/** The site's identity as templates show it. */
public record SiteView(String title, String description, String language, String baseUrl, String generator) {}
