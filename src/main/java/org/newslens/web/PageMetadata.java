package org.newslens.web;

import java.time.LocalDate;
import java.util.List;

/**
 * What a page says about itself in its head and its JSON-LD; any field may be null (authors empty).
 *
 * @param headline JSON-LD headline or og:title
 * @param docTitle    the &lt;title&gt; with a " | Site" or " - Site" suffix removed
 * @param articleBody JSON-LD's articleBody (plain text), for pages whose HTML carries no article
 */
record PageMetadata(String headline, String docTitle, List<String> authors, String site, String url,
                    String language, LocalDate published, String articleBody) {
}
