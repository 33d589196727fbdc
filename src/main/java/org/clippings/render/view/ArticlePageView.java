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
    String archivePath) implements PageModel {}
