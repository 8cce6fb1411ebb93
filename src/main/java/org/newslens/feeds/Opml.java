package org.newslens.feeds;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jdom2.Document;
import org.jdom2.Element;
import org.jdom2.output.Format;
import org.jdom2.output.XMLOutputter;
import org.newslens.store.FeedStore.Feed;
import org.newslens.store.FeedStore.Folder;

/** OPML 2.0 subscription lists: read (securely, folders from outline nesting) and written. */
public final class Opml {
    /** One feed of an OPML file, with the folder names it is nested in (outermost first). */
    public record Entry(List<String> folders, String title, String xmlUrl, String htmlUrl) {
        public Entry {
            folders = List.copyOf(folders);
        }
    }

    /** What an OPML file holds: its feeds, and how many outlines had no usable http(s) feed address. */
    public record Contents(List<Entry> entries, int skipped) {
    }

    private Opml() {
    }

    /** @throws FeedException with a one-line reason when the file is not OPML (or is hostile XML) */
    public static Contents read(byte[] bytes) throws FeedException {
        String text = FeedCharsets.decode(bytes, null);
        if (!text.isEmpty() && text.charAt(0) == '\uFEFF') text = text.substring(1);
        text = text.stripLeading();
        if (text.isEmpty()) throw new FeedException("not an OPML file: it is empty");
        Document doc = SafeXml.parse(text);
        Element root = doc.getRootElement();
        if (!root.getName().equalsIgnoreCase("opml")) {
            throw new FeedException("not an OPML file: the root element is <" + root.getQualifiedName() + ">");
        }
        Element body = root.getChild("body", root.getNamespace());
        if (body == null) throw new FeedException("not an OPML file: it has no <body>");
        List<Entry> out = new ArrayList<>();
        int[] skipped = {0};
        walk(body, new ArrayList<>(), out, skipped);
        return new Contents(List.copyOf(out), skipped[0]);
    }

    private static void walk(Element parent, List<String> folders, List<Entry> out, int[] skipped) {
        for (Element o : parent.getChildren()) {
            if (!o.getName().equals("outline")) continue;
            String xmlUrl = attr(o, "xmlUrl");
            String title = attr(o, "title") != null ? attr(o, "title") : attr(o, "text");
            if (xmlUrl != null) {
                try {
                    String url = FeedUrls.parseUserUrl(xmlUrl).toString();
                    out.add(new Entry(folders, title, url, attr(o, "htmlUrl")));
                } catch (IllegalArgumentException e) {
                    skipped[0]++;
                }
                walk(o, folders, out, skipped); // an OPML may nest under a feed; keep the same folder
            } else if (!o.getChildren().isEmpty()) {
                List<String> inner = new ArrayList<>(folders);
                if (title != null && !title.isBlank()) inner.add(title.strip());
                walk(o, inner, out, skipped);
            } else if (attr(o, "type") != null && attr(o, "type").equalsIgnoreCase("rss")) {
                skipped[0]++;
            }
        }
    }

    private static String attr(Element e, String name) {
        String v = e.getAttributeValue(name);
        if (v == null) {
            for (org.jdom2.Attribute a : e.getAttributes()) {
                if (a.getName().equalsIgnoreCase(name)) v = a.getValue();
            }
        }
        return v == null || v.isBlank() ? null : v.strip();
    }

    /** The subscriptions as OPML 2.0, folders as nested outlines. */
    public static String write(List<Folder> folders, List<Feed> feeds, Instant now) {
        Element opml = new Element("opml").setAttribute("version", "2.0");
        Element head = new Element("head");
        head.addContent(new Element("title").setText("NewsLens subscriptions"));
        head.addContent(new Element("dateCreated").setText(DateTimeFormatter.RFC_1123_DATE_TIME.format(now.atOffset(ZoneOffset.UTC))));
        opml.addContent(head);
        Element body = new Element("body");
        opml.addContent(body);
        Map<Long, Element> folderElements = new HashMap<>();
        Map<Long, Folder> byId = new HashMap<>();
        folders.forEach(f -> byId.put(f.id(), f));
        for (Feed f : feeds) {
            Element parent = f.folderId() == null ? body : folderElement(f.folderId(), byId, folderElements, body);
            Element o = new Element("outline").setAttribute("type", "rss").setAttribute("text", f.displayTitle())
                    .setAttribute("title", f.displayTitle()).setAttribute("xmlUrl", f.url());
            if (f.siteUrl() != null) o.setAttribute("htmlUrl", f.siteUrl());
            parent.addContent(o);
        }
        return new XMLOutputter(Format.getPrettyFormat().setEncoding("UTF-8")).outputString(new Document(opml));
    }

    private static Element folderElement(long id, Map<Long, Folder> byId, Map<Long, Element> made, Element body) {
        Element e = made.get(id);
        if (e != null) return e;
        Folder f = byId.get(id);
        if (f == null) return body;
        Element parent = f.parentId() == null || f.parentId() == id ? body : folderElement(f.parentId(), byId, made, body);
        e = new Element("outline").setAttribute("text", f.name()).setAttribute("title", f.name());
        made.put(id, e);
        parent.addContent(e);
        return e;
    }
}
