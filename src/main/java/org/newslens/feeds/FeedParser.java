package org.newslens.feeds;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndLink;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.SyndFeedInput;
import com.rometools.rome.io.impl.XmlFixerReader;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jsoup.Jsoup;

/**
 * Parses RSS 0.9x/1.0/2.0 and Atom 1.0 (with ROME, on a document we parsed ourselves with
 * {@link SafeXml}) and JSON Feed 1.x. Thread-safe, no network.
 */
public final class FeedParser {
    /** The earliest plausible item date: there were no web feeds before. */
    private static final LocalDate EARLIEST = LocalDate.of(1995, 1, 1);
    /** The Netscape RSS 0.91 DOCTYPE (public id, no internal subset) that real 0.91 feeds carry: removed, never loaded. */
    private static final Pattern RSS091_DOCTYPE = Pattern.compile(
            "<!DOCTYPE\\s+rss\\s+PUBLIC\\s+\"-//Netscape Communications//DTD RSS 0\\.91//EN\"\\s+\"[^\"<>\\[\\]]*\"\\s*>");
    private static final Pattern EMAIL_WITH_NAME = Pattern.compile("^\\S+@\\S+\\s*\\((.+)\\)$");

    private FeedParser() {
    }

    /**
     * @param body        the document's bytes as fetched
     * @param contentType the Content-Type header, or null
     * @param base        the document's address (resolves relative links), or null
     * @param now         the time of the fetch: item dates after it (beyond a day) are not believed
     * @throws FeedException with a one-line reason ("not a feed: an HTML page", "truncated feed...")
     */
    public static ParsedFeed parse(byte[] body, String contentType, URI base, Instant now) throws FeedException {
        String text = FeedCharsets.decode(body, contentType);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        text = text.stripLeading();
        if (text.isEmpty()) throw new FeedException("not a feed: the document is empty");
        LocalDate latest = now.plus(1, ChronoUnit.DAYS).atZone(ZoneOffset.UTC).toLocalDate();
        if (text.charAt(0) == '{') return JsonFeedParser.parse(text, base, latest);
        if (looksLikeHtml(text)) throw new FeedException("not a feed: an HTML page");
        if (text.charAt(0) != '<') throw new FeedException("not a feed: neither XML nor JSON");
        text = RSS091_DOCTYPE.matcher(text).replaceFirst("");
        Document doc;
        try {
            doc = parseXml(text);
        } catch (FeedException e) {
            if (isTruncation(e)) throw new FeedException("truncated feed: the document ends before it is complete", e);
            throw e;
        }
        Element root = doc.getRootElement();
        String rootName = root.getName();
        if (!rootName.equals("rss") && !rootName.equals("RDF") && !rootName.equals("feed")) {
            if (rootName.equalsIgnoreCase("html")) throw new FeedException("not a feed: an HTML page");
            throw new FeedException("not a feed: an XML document whose root is <" + root.getQualifiedName() + ">");
        }
        SyndFeed feed;
        try {
            feed = new SyndFeedInput(false, Locale.ROOT).build(doc);
        } catch (com.rometools.rome.io.FeedException | IllegalArgumentException e) {
            throw new FeedException("not a feed: " + SafeXml.firstLine(e.getMessage()), e);
        }
        List<Element> elements = itemElements(root);
        List<SyndEntry> entries = feed.getEntries();
        boolean aligned = elements.size() == entries.size();
        List<FeedItem> items = new ArrayList<>();
        for (int i = 0; i < entries.size(); i++) {
            LocalDate day = aligned ? checked(rawDay(elements.get(i)), latest) : null;
            items.add(item(entries.get(i), base, day));
        }
        return new ParsedFeed(feed.getFeedType(), plain(feed.getTitle()), resolve(base, siteLink(feed)), items);
    }

    /**
     * Parses with {@link SafeXml}; a feed that uses HTML entities XML does not know ({@code &nbsp;},
     * {@code &eacute;}: a common mistake) is parsed again with them written as characters.
     */
    private static Document parseXml(String text) throws FeedException {
        try {
            return SafeXml.parse(text);
        } catch (FeedException e) {
            if (!e.getMessage().contains("was referenced, but not declared")) throw e;
            return SafeXml.parse(new XmlFixerReader(new java.io.StringReader("")).processHtmlEntities(text));
        }
    }

    private static boolean isTruncation(FeedException e) {
        String m = e.getMessage();
        return m.contains("must start and end within the same entity") || m.contains("Premature end of file")
                || m.contains("must be terminated by the matching end-tag") && m.contains("line");
    }

    static boolean looksLikeHtml(String text) {
        String head = text.substring(0, Math.min(text.length(), 512)).toLowerCase(Locale.ROOT);
        int i = 0;
        if (head.startsWith("<?xml")) { // XHTML
            int end = head.indexOf("?>");
            i = end < 0 ? 0 : end + 2;
            while (i < head.length() && Character.isWhitespace(head.charAt(i))) i++;
        }
        while (head.startsWith("<!--", i)) { // skip leading comments
            int end = head.indexOf("-->", i);
            if (end < 0) break;
            i = end + 3;
            while (i < head.length() && Character.isWhitespace(head.charAt(i))) i++;
        }
        String h = head.substring(i);
        return h.startsWith("<!doctype html") || h.startsWith("<html") || h.startsWith("<head") || h.startsWith("<body");
    }

    private static String siteLink(SyndFeed feed) {
        for (SyndLink l : feed.getLinks()) {
            if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) return l.getHref();
        }
        return feed.getLink();
    }

    /** The item elements in document order, as ROME reads them: rss/channel/item, rdf:RDF/item, feed/entry. */
    private static List<Element> itemElements(Element root) {
        List<Element> out = new ArrayList<>();
        collect(root, out);
        for (Element child : root.getChildren()) {
            if (child.getName().equals("channel")) collect(child, out);
        }
        return out;
    }

    private static void collect(Element parent, List<Element> out) {
        for (Element child : parent.getChildren()) {
            if (child.getName().equals("item") || child.getName().equals("entry")) out.add(child);
        }
    }

    /** The item's own date text, read strictly (ROME's parser is lenient: 31 February becomes 3 March). */
    private static LocalDate rawDay(Element item) {
        for (String name : new String[] {"pubDate", "published", "date", "issued", "updated", "modified"}) {
            for (Element child : item.getChildren()) {
                if (child.getName().equals(name)) return FeedDates.day(child.getTextNormalize());
            }
        }
        return null;
    }

    private static FeedItem item(SyndEntry e, URI base, LocalDate day) {
        String rawLink = e.getLink();
        String link = rawLink;
        if (link == null) {
            for (SyndLink l : e.getLinks()) {
                if (l.getHref() != null && (l.getRel() == null || l.getRel().equals("alternate"))) {
                    link = l.getHref();
                    break;
                }
            }
        }
        link = resolve(base, link);
        String content = null;
        for (SyndContent c : e.getContents()) {
            if (c.getValue() != null && !c.getValue().isBlank()) {
                content = asHtml(c);
                break;
            }
        }
        String summary = e.getDescription() == null || e.getDescription().getValue() == null
                || e.getDescription().getValue().isBlank() ? null : asHtml(e.getDescription());
        Set<String> authors = new LinkedHashSet<>();
        for (SyndPerson p : e.getAuthors()) {
            addAuthor(authors, p.getName() != null ? p.getName() : p.getEmail());
        }
        if (authors.isEmpty()) addAuthor(authors, e.getAuthor());
        String title = plain(e.getTitle());
        String guid = e.getUri();
        if (guid != null && guid.equals(rawLink)) guid = link;
        if (guid == null || guid.isBlank()) guid = link;
        if (guid == null || guid.isBlank()) guid = "sha256:" + sha256(title + "\n" + (content != null ? content : summary));
        return new FeedItem(title, link, guid.strip(), day, List.copyOf(authors), content, summary);
    }

    private static void addAuthor(Set<String> authors, String raw) {
        if (raw == null || raw.isBlank()) return;
        String a = raw.strip();
        Matcher m = EMAIL_WITH_NAME.matcher(a);
        if (m.matches()) a = m.group(1).strip();
        authors.add(a);
    }

    /** A day inside the plausible range; anything else is no date. */
    static LocalDate checked(LocalDate day, LocalDate latest) {
        return day == null || day.isBefore(EARLIEST) || day.isAfter(latest) ? null : day;
    }

    private static String asHtml(SyndContent c) {
        String type = c.getType() == null ? "" : c.getType().toLowerCase(Locale.ROOT);
        String v = c.getValue();
        return type.equals("text") || type.equals("text/plain") ? escapeAsParagraphs(v) : v;
    }

    static String escapeAsParagraphs(String text) {
        StringBuilder sb = new StringBuilder();
        for (String para : text.strip().split("\\n\\s*\\n")) {
            sb.append("<p>").append(org.jsoup.nodes.Entities.escape(para.strip())).append("</p>");
        }
        return sb.toString();
    }

    static String plain(String s) {
        if (s == null) return "";
        return s.indexOf('<') >= 0 || s.indexOf('&') >= 0 ? Jsoup.parse(s).text().strip() : s.strip();
    }

    static String resolve(URI base, String href) {
        if (href == null || href.isBlank()) return null;
        String h = href.strip();
        try {
            URI u = new URI(h);
            if (!u.isAbsolute() && base != null) u = base.resolve(u);
            return u.isAbsolute() ? u.toString() : null;
        } catch (java.net.URISyntaxException | IllegalArgumentException e) {
            return null;
        }
    }

    static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    /** SHA-256 of raw bytes: the fetched document's hash ("unchanged body" is not parsed again). */
    public static String sha256(byte[] b) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(b));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }
}
