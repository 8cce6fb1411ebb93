package org.newslens.library;

import org.newslens.model.ArticleMeta;
import org.newslens.model.NewArticle;
import org.newslens.web.WebPage;

/**
 * The one place where a web page (a saved .html file, a URL, a feed item's linked page) becomes an
 * article to store: every way in gives the same title, source, published date, metadata and structure.
 */
public final class PageArticles {
    private PageArticles() {
    }

    /**
     * @param fallbackSource what to record as the source when the page names no URL (the file name)
     * @throws ImportException when the page holds no article text
     */
    public static NewArticle from(WebPage page, String fallbackSource) throws ImportException {
        String body = page.text();
        if (body.isBlank()) throw new ImportException("no article text found in the page");
        String source = page.url() != null ? page.url() : fallbackSource;
        String title = page.title().isBlank() ? ArticleFile.firstSentence(body) : page.title().strip();
        ArticleMeta meta = new ArticleMeta(page.url(), page.site(), page.authors(), page.language());
        return new NewArticle(title, source, page.published(), body, meta, page.structure());
    }
}
