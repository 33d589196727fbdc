package org.clippings.render;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A page template's digest follows the templates it reads, through the built-in ones too, and only those. */
class TemplateDigestsTest {

  @TempDir Path user;

  private TemplateDigests digests() {
    return new TemplateDigests(user, Templates.digest(user));
  }

  @Test
  void namesResolveAsFreeMarkerResolvesThem() {
    assertEquals(Optional.of("lib/layout.ftlh"), TemplateDigests.resolve("article.ftlh", "lib/layout.ftlh"));
    assertEquals(Optional.of("lib/parts.ftlh"), TemplateDigests.resolve("lib/layout.ftlh", "parts.ftlh"));
    assertEquals(Optional.of("parts.ftlh"), TemplateDigests.resolve("lib/layout.ftlh", "/parts.ftlh"));
    assertEquals(Optional.of("parts.ftlh"), TemplateDigests.resolve("lib/layout.ftlh", "../parts.ftlh"));
    assertEquals(Optional.empty(), TemplateDigests.resolve("article.ftlh", "../outside.ftlh"));
  }

  @Test
  void aTemplateDependsOnWhatItImportsAndNotOnOtherTemplates() throws IOException {
    Files.writeString(user.resolve("feed.ftlx"), "<feed/>\n");
    String article = digests().of("article.ftlh");
    String feed = digests().of("feed.ftlx");

    Files.writeString(user.resolve("feed.ftlx"), "<feed>changed</feed>\n");
    assertEquals(article, digests().of("article.ftlh"), "the feed template is not read by article pages");
    assertNotEquals(feed, digests().of("feed.ftlx"));

    // a user's layout changes the built-in article template's pages, which import it
    Files.createDirectories(user.resolve("lib"));
    Files.writeString(user.resolve("lib/layout.ftlh"), "<#macro page>x<#nested></#macro>\n");
    assertNotEquals(article, digests().of("article.ftlh"));
    String feedNow = digests().of("feed.ftlx");
    Files.writeString(user.resolve("lib/layout.ftlh"), "<#macro page>y<#nested></#macro>\n");
    assertEquals(feedNow, digests().of("feed.ftlx"), "the layout is not read by feeds");
  }

  @Test
  void includesAreFollowedFromFileToFile() throws IOException {
    Files.createDirectories(user.resolve("lib"));
    Files.writeString(user.resolve("term.ftlh"), "<#include \"lib/a.ftlh\">\n");
    Files.writeString(user.resolve("lib/a.ftlh"), "[#import 'b.ftlh' as b]\n");
    Files.writeString(user.resolve("lib/b.ftlh"), "one\n");
    String before = digests().of("term.ftlh");
    Files.writeString(user.resolve("lib/b.ftlh"), "two\n");
    assertNotEquals(before, digests().of("term.ftlh"), "lib/b.ftlh is read through lib/a.ftlh");
  }

  @Test
  void aNameMadeByAnExpressionMakesEveryTemplateDependOnTheWholeFolder() throws IOException {
    Files.writeString(user.resolve("term.ftlh"), "<#include \"parts/${view.kind}.ftlh\">\n");
    String whole = Templates.digest(user);
    assertEquals(whole, digests().of("term.ftlh"));
    Files.writeString(user.resolve("term.ftlh"), "<#assign t = \"x\"?interpret>\n");
    assertEquals(Templates.digest(user), digests().of("term.ftlh"));
  }

  @Test
  void withoutAUserFolderTheBuiltInTemplatesAreAllThereIs() {
    assertEquals("", new TemplateDigests(null, "").of("article.ftlh"));
  }
}
