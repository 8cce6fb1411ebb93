package org.newslens.feeds;

import java.io.IOException;
import java.io.StringReader;
import org.jdom2.Document;
import org.jdom2.JDOMException;
import org.jdom2.input.SAXBuilder;
import org.jdom2.input.sax.XMLReaders;
import org.xml.sax.InputSource;

/**
 * The one way feeds and OPML are parsed as XML: DOCTYPE refused, so no entity is ever declared
 * (no external entity, no external DTD, no billion laughs), and an entity resolver that answers
 * nothing in case a parser ignores the feature. Nothing is fetched while parsing.
 */
public final class SafeXml {
    private SafeXml() {
    }

    static SAXBuilder builder() {
        SAXBuilder b = new SAXBuilder(XMLReaders.NONVALIDATING);
        b.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        b.setFeature("http://xml.org/sax/features/external-general-entities", false);
        b.setFeature("http://xml.org/sax/features/external-parameter-entities", false);
        b.setFeature("http://apache.org/xml/features/nonvalidating/load-external-dtd", false);
        b.setExpandEntities(false);
        b.setEntityResolver((publicId, systemId) -> new InputSource(new StringReader("")));
        return b;
    }

    /**
     * Parses already-decoded text (the encoding in its declaration is then ignored).
     *
     * @throws FeedException with a one-line reason: a DOCTYPE, or where the XML is malformed
     */
    public static Document parse(String text) throws FeedException {
        try {
            return builder().build(new StringReader(text));
        } catch (JDOMException e) {
            String m = e.getMessage() == null ? "" : e.getMessage();
            if (m.contains("DOCTYPE") || m.contains("doctype")) {
                throw new FeedException("refused: the document declares a DOCTYPE (not allowed, for safety)", e);
            }
            throw new FeedException("malformed XML" + where(e) + ": " + firstLine(cause(e)), e);
        } catch (IOException e) {
            throw new FeedException("cannot read the XML: " + firstLine(e.getMessage()), e);
        }
    }

    private static String where(JDOMException e) {
        if (e instanceof org.jdom2.input.JDOMParseException pe && pe.getLineNumber() > 0) {
            return " at line " + pe.getLineNumber();
        }
        return "";
    }

    private static String cause(JDOMException e) {
        Throwable c = e.getCause() != null ? e.getCause() : e;
        String m = c.getMessage();
        return m == null ? c.getClass().getSimpleName() : m;
    }

    static String firstLine(String s) {
        if (s == null) return "";
        return s.lines().findFirst().orElse("").strip();
    }
}
