package org.clippings.render.view;

import java.util.List;

/**
 * An article page: headline, date and a note when the date is not from the file itself, reading
 * time, body, source file, and what it links to.
 */
public record ArticlePageView(
    PageView page,
    String title,
    String dateIso,
    String dateDisplay,
    String dateNote,
    int wordCount,
    int readingMinutes,
    String source,
    List<BlockView> blocks,
    List<LinkView> people,
    List<LinkView> places,
    List<LinkView> organizations,
    List<TopicLinkView> topics,
    List<ArticleItemView> sameStory,
    List<ArticleItemView> related,
    String archivePath) implements PageModel {

  /** The same page with its body. */
  /** The same view with its page's JSON-LD and the article's body, for rendering. */
  public ArticlePageView completed(String jsonLdHtml, List<BlockView> body) {
    return new ArticlePageView(page.withJsonLd(jsonLdHtml), title, dateIso, dateDisplay, dateNote, wordCount,
        readingMinutes, source, body, people, places, organizations, topics, sameStory, related, archivePath);
  }
}
