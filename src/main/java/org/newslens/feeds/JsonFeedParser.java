package org.newslens.feeds;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** JSON Feed 1.0 and 1.1 (https://jsonfeed.org/version/1.1). */
final class JsonFeedParser {
    private static final ObjectMapper MAPPER = new ObjectMapper();

    private JsonFeedParser() {
    }

    static ParsedFeed parse(String text, URI base, LocalDate latest) throws FeedException {
        JsonNode root;
        try {
            root = MAPPER.readTree(text);
        } catch (JsonProcessingException e) {
            String m = e.getOriginalMessage();
            if (m != null && m.contains("end-of-input")) throw new FeedException("truncated feed: the JSON ends before it is complete", e);
            throw new FeedException("not a feed: malformed JSON (" + SafeXml.firstLine(m) + ")", e);
        }
        if (root == null || !root.isObject() || !root.path("version").asText("").startsWith("https://jsonfeed.org/version/1")) {
            throw new FeedException("not a feed: JSON without a JSON Feed version");
        }
        String version = root.path("version").asText();
        List<FeedItem> items = new ArrayList<>();
        for (JsonNode it : root.path("items")) {
            if (!it.isObject()) continue;
            String link = FeedParser.resolve(base, text(it, "url"));
            if (link == null) link = FeedParser.resolve(base, text(it, "external_url"));
            String content = text(it, "content_html");
            if (content == null && text(it, "content_text") != null) content = FeedParser.escapeAsParagraphs(text(it, "content_text"));
            String summary = text(it, "summary");
            if (summary != null) summary = FeedParser.escapeAsParagraphs(summary);
            String title = FeedParser.plain(text(it, "title"));
            Set<String> authors = new LinkedHashSet<>();
            for (JsonNode a : it.path("authors")) {
                if (text(a, "name") != null) authors.add(text(a, "name").strip());
            }
            if (authors.isEmpty() && text(it.path("author"), "name") != null) authors.add(text(it.path("author"), "name").strip());
            String guid = it.hasNonNull("id") ? it.get("id").asText() : null;
            if (guid == null || guid.isBlank()) guid = link;
            if (guid == null || guid.isBlank()) guid = "sha256:" + FeedParser.sha256(title + "\n" + content + summary);
            items.add(new FeedItem(title, link, guid.strip(), date(text(it, "date_published"), latest), List.copyOf(authors), content, summary));
        }
        String type = version.endsWith("1.1") ? "json_1.1" : "json_1.0";
        return new ParsedFeed(type, text(root, "title"), FeedParser.resolve(base, text(root, "home_page_url")), items);
    }

    private static String text(JsonNode n, String field) {
        JsonNode v = n.get(field);
        return v == null || !v.isValueNode() || v.isNull() || v.asText().isBlank() ? null : v.asText();
    }

    /** RFC 3339 as the spec requires; the day in the publisher's own offset. Anything else is no date. */
    private static LocalDate date(String s, LocalDate latest) {
        if (s == null) return null;
        try {
            return FeedParser.checked(OffsetDateTime.parse(s.strip()).toLocalDate(), latest);
        } catch (DateTimeParseException e) {
            return null;
        }
    }
}
