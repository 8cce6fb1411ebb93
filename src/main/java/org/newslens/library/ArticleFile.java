package org.newslens.library;

import java.io.IOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.Date;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.List;
import org.newslens.model.ArticleMeta;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;
import org.newslens.model.NewArticle;
import org.newslens.web.PageExtractor;
import org.newslens.web.WebPage;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.YAMLException;
import org.yaml.snakeyaml.nodes.Tag;

/**
 * Reads a {@code .txt}, {@code .md} or saved {@code .html} file into an article. Text and Markdown:
 * decodes it, takes YAML front matter (title, date/published, source/url, author(s), site), and finds a
 * title when none is given; Markdown is parsed with CommonMark into its structure, whose plain text
 * is the body ({@link MarkdownArticles}). HTML: decoded by its declared charset, the article found by
 * {@link PageExtractor} and made an article by {@link PageArticles}, as pages from any other way in.
 */
public final class ArticleFile {
    public static final long MAX_BYTES = 5L * 1024 * 1024;
    public static final Set<String> EXTENSIONS = Set.of("txt", "md", "markdown", "html", "htm");

    /** How a file's content is read, by its extension. */
    public enum Kind {
        TEXT, MARKDOWN, HTML;

        /** The kind for a file name; text for anything not Markdown or HTML. */
        public static Kind of(String fileName) {
            int dot = fileName.lastIndexOf('.');
            return switch (dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT)) {
                case "md", "markdown" -> MARKDOWN;
                case "html", "htm" -> HTML;
                default -> TEXT;
            };
        }
    }
    static final int TITLE_LIMIT = 120;

    private static final Pattern FRONT_MATTER = Pattern.compile("\\A---[ \\t]*\\n(.*?)\\n(?:---|\\.\\.\\.)[ \\t]*(?:\\n|\\z)", Pattern.DOTALL);
    private static final Pattern H1 = Pattern.compile("\\A\\s*#[ \\t]+(.+?)[ \\t#]*(?:\\n|\\z)");
    private static final Pattern SENTENCE_END = Pattern.compile("[.!?…](?=[\"'”’)\\]]*(?:\\s|\\z))");

    private ArticleFile() {
    }

    public static boolean isSupported(Path p) {
        return EXTENSIONS.contains(extension(p));
    }

    static String extension(Path p) {
        String name = p.getFileName() == null ? "" : p.getFileName().toString();
        int dot = name.lastIndexOf('.');
        return dot < 0 ? "" : name.substring(dot + 1).toLowerCase(Locale.ROOT);
    }

    /** Reads and parses one file; the source is the file's absolute path unless the front matter names one. */
    public static NewArticle read(Path file) throws ImportException {
        if (!isSupported(file)) {
            throw new ImportException("unsupported file type; NewsLens opens .txt, .md and .html files");
        }
        byte[] bytes;
        try {
            if (Files.isDirectory(file)) {
                throw new ImportException("is a folder");
            }
            long size = Files.size(file);
            if (size > MAX_BYTES) {
                throw new ImportException(String.format(Locale.ROOT, "file too large (%.1f MB; the limit is %d MB)",
                        size / 1048576.0, MAX_BYTES / 1048576));
            }
            bytes = Files.readAllBytes(file);
        } catch (NoSuchFileException e) {
            throw new ImportException("file not found");
        } catch (AccessDeniedException e) {
            throw new ImportException("permission denied");
        } catch (IOException e) {
            throw new ImportException("cannot read: " + e.getMessage(), e);
        }
        return parse(bytes, file.toAbsolutePath().normalize().toString(), Kind.of(file.getFileName().toString()));
    }

    /** Parses the content of a plain text file. */
    public static NewArticle parse(byte[] bytes, String defaultSource) throws ImportException {
        return parse(bytes, defaultSource, Kind.TEXT);
    }

    /** Parses file content of the given kind; the source is {@code defaultSource} unless the content names one. */
    public static NewArticle parse(byte[] bytes, String defaultSource, Kind kind) throws ImportException {
        if (bytes.length > MAX_BYTES) {
            throw new ImportException("file too large (the limit is " + MAX_BYTES / 1048576 + " MB)");
        }
        if (bytes.length == 0) {
            throw new ImportException("empty file");
        }
        if (kind == Kind.HTML) {
            return html(bytes, defaultSource);
        }
        String text = normaliseNewlines(TextDecoder.decode(bytes));
        String title = null;
        ArticleMeta articleMeta = ArticleMeta.NONE;
        String source = defaultSource;
        LocalDate published = null;
        Matcher fm = FRONT_MATTER.matcher(text);
        if (fm.find()) {
            Map<?, ?> meta = yaml(fm.group(1));
            title = string(meta.get("title"));
            String s = string(meta.containsKey("source") ? meta.get("source") : meta.get("url"));
            if (s != null) {
                source = s;
            }
            Object date = meta.containsKey("published") ? meta.get("published") : meta.get("date");
            published = date(date);
            articleMeta = meta(meta, source);
            text = text.substring(fm.end());
        }
        if (kind == Kind.MARKDOWN) {
            return markdown(text, title, source, published, articleMeta);
        }
        String body = trimBlankLines(text);
        if (title == null) {
            Matcher h1 = H1.matcher(body);
            if (h1.find()) {
                title = h1.group(1).strip();
                body = trimBlankLines(body.substring(h1.end()));
            }
        }
        if (body.isBlank()) {
            throw new ImportException(text.isBlank() && title == null ? "empty file" : "no article text");
        }
        if (title == null || title.isBlank()) {
            title = firstSentence(body);
        }
        return new NewArticle(title, source, published, body, articleMeta, null);
    }

    private static NewArticle html(byte[] bytes, String defaultSource) throws ImportException {
        String html = TextDecoder.decodeHtml(bytes);
        if (html.isBlank()) {
            throw new ImportException("empty file");
        }
        WebPage page;
        try {
            page = PageExtractor.extract(html, null);
        } catch (RuntimeException e) {
            throw new ImportException("cannot read the page: " + e.getMessage(), e);
        }
        return PageArticles.from(page, defaultSource);
    }

    /** Markdown after its front matter: CommonMark's structure; a leading level-1 heading is the title if none is given. */
    private static NewArticle markdown(String text, String title, String source, LocalDate published, ArticleMeta meta)
            throws ImportException {
        List<Block> blocks = new java.util.ArrayList<>(MarkdownArticles.parse(text).blocks());
        if (title == null && !blocks.isEmpty() && blocks.get(0).kind() == Block.Kind.HEADING && blocks.get(0).level() == 1) {
            title = blocks.remove(0).text().replaceAll("\\s+", " ").strip();
        }
        ArticleStructure structure = new ArticleStructure(blocks);
        String body = structure.plainText();
        if (body.isBlank()) {
            throw new ImportException(text.isBlank() && title == null ? "empty file" : "no article text");
        }
        if (title == null || title.isBlank()) {
            title = firstSentence(body);
        }
        return new NewArticle(title, source, published, body, meta, structure);
    }

    private static final Pattern WEB_ADDRESS = Pattern.compile("(?i)https?://\\S+");

    /** What front matter says beyond title, date and source: the address, site, authors, language. */
    private static ArticleMeta meta(Map<?, ?> fm, String source) {
        String url = string(fm.get("url"));
        if (url == null || !WEB_ADDRESS.matcher(url).matches()) {
            url = source != null && WEB_ADDRESS.matcher(source).matches() ? source : null;
        }
        List<String> authors = new java.util.ArrayList<>();
        for (String key : List.of("authors", "author")) {
            Object v = fm.get(key);
            if (v instanceof List<?> list) {
                list.forEach(o -> authors.add(string(o)));
            } else if (string(v) != null) {
                authors.add(string(v));
            }
        }
        Object lang = fm.containsKey("language") ? fm.get("language") : fm.get("lang");
        return new ArticleMeta(url == null ? null : Block.safeHref(url), string(fm.get("site")), authors, string(lang));
    }

    private static final Pattern SIMPLE_LINE = Pattern.compile("([A-Za-z_][\\w-]*)\\s*:\\s*(.*)");

    /**
     * Parses front matter as YAML; front matter written by other tools is often not valid YAML (e.g.
     * unescaped quotes in a value), so plain {@code key: value} lines are accepted as a fallback.
     */
    private static Map<?, ?> yaml(String block) throws ImportException {
        LoaderOptions options = new LoaderOptions();
        options.setMaxAliasesForCollections(10);
        options.setAllowDuplicateKeys(false);
        options.setCodePointLimit(256 * 1024);
        String yamlError;
        try {
            Object o = new Yaml(new DatesAsText(options)).load(block);
            if (o == null) {
                return Map.of();
            }
            if (o instanceof Map<?, ?> m) {
                return m;
            }
            yamlError = "expected 'key: value' lines";
        } catch (YAMLException e) {
            yamlError = String.valueOf(e.getMessage()).lines().findFirst().orElse("");
        }
        Map<String, String> simple = new java.util.LinkedHashMap<>();
        for (String line : block.split("\n")) {
            if (line.isBlank() || line.stripLeading().startsWith("#")) {
                continue;
            }
            Matcher m = SIMPLE_LINE.matcher(line.strip());
            if (!m.matches()) {
                throw new ImportException("malformed front matter: " + yamlError);
            }
            simple.put(m.group(1), unquote(m.group(2).strip()));
        }
        return simple;
    }

    private static String unquote(String v) {
        if (v.length() >= 2 && (v.startsWith("\"") && v.endsWith("\"") || v.startsWith("'") && v.endsWith("'"))) {
            return v.substring(1, v.length() - 1).replace("\\\"", "\"");
        }
        return v;
    }

    /** Keeps YAML timestamps as text: SnakeYAML's own conversion is lenient ("2024-13-45" becomes a date). */
    private static final class DatesAsText extends SafeConstructor {
        DatesAsText(LoaderOptions options) {
            super(options);
            this.yamlConstructors.put(Tag.TIMESTAMP, new ConstructYamlStr());
        }
    }

    private static String string(Object o) {
        if (o == null) {
            return null;
        }
        String s = o.toString().strip();
        return s.isEmpty() ? null : s;
    }

    private static final Pattern ISO_DAY = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})(?:[T ]\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?\\s*(?:Z|[+-]\\d{1,2}(?::?\\d{2})?)?)?");

    /** A front-matter date: an ISO date, or an ISO date-time whose day is kept. Anything else is an error. */
    static LocalDate date(Object o) throws ImportException {
        if (o == null) {
            return null;
        }
        if (o instanceof Date d) {
            return d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate();
        }
        String s = o.toString().strip();
        if (s.isEmpty()) {
            return null;
        }
        Matcher m = ISO_DAY.matcher(s);
        if (m.matches()) {
            try {
                return LocalDate.parse(m.group(1)); // ISO_LOCAL_DATE is strict: no 30 February
            } catch (DateTimeParseException e) {
                // falls through to the error below
            }
        }
        throw new ImportException("front matter date '" + s + "' is not a valid date (use YYYY-MM-DD)");
    }

    /** The first sentence, cut at a word boundary near {@link #TITLE_LIMIT} characters. */
    static String firstSentence(String body) {
        String firstPara = body.strip().split("\\n\\s*\\n", 2)[0].replaceAll("\\s+", " ").strip();
        firstPara = firstPara.replaceFirst("^#+\\s*", "");
        Matcher m = SENTENCE_END.matcher(firstPara);
        String sentence = m.find() ? firstPara.substring(0, m.end()) : firstPara;
        if (sentence.length() <= TITLE_LIMIT) {
            return sentence;
        }
        int cut = sentence.lastIndexOf(' ', TITLE_LIMIT);
        if (cut < TITLE_LIMIT / 2) {
            cut = TITLE_LIMIT;
        }
        return sentence.substring(0, cut).replaceAll("[\\s,;:–-]+$", "") + "…";
    }

    static String normaliseNewlines(String s) {
        return s.replace("\r\n", "\n").replace('\r', '\n');
    }

    private static String trimBlankLines(String s) {
        return s.replaceAll("\\A(?:[ \\t]*\\n)+", "").stripTrailing();
    }
}
