package org.newslens.notes.export;

/** Small HTML helpers shared by the HTML export and dossier. */
final class Html {
    static final String CSS = """
            body{font:16px/1.5 Georgia,'Times New Roman',serif;max-width:46rem;margin:2rem auto;padding:0 1rem;color:#222;background:#fff}
            h1,h2,h3{font-family:system-ui,sans-serif;line-height:1.25}
            .meta{color:#666;font-size:.9rem}
            blockquote{margin:1rem 0;padding:.25rem 1rem;border-left:4px solid #e0b000;background:#fffbe8}
            .comment{margin:.25rem 0 1rem 1.25rem}
            .tag{display:inline-block;font:12px system-ui,sans-serif;background:#eef;border-radius:3px;padding:0 .4em;margin-right:.3em}
            .facts{font-size:.85rem;color:#555;margin-left:1.25rem}
            .note{white-space:pre-wrap;background:#f6f6f6;padding:.75rem 1rem;border-radius:4px}
            .orphan{color:#a33;font-style:italic}
            article{border-top:1px solid #ddd;margin-top:2rem}
            @media (prefers-color-scheme: dark){body{background:#1c1c1c;color:#ddd}blockquote{background:#2a2618}.note{background:#262626}.tag{background:#334}}
            """;

    private Html() {
    }

    static String escape(String s) {
        if (s == null) {
            return "";
        }
        StringBuilder sb = new StringBuilder(s.length() + 16);
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            switch (c) {
                case '&' -> sb.append("&amp;");
                case '<' -> sb.append("&lt;");
                case '>' -> sb.append("&gt;");
                case '"' -> sb.append("&quot;");
                case '\'' -> sb.append("&#39;");
                default -> sb.append(c);
            }
        }
        return sb.toString();
    }

    static String page(String title, String body) {
        return "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
                + "<meta name=\"generator\" content=\"NewsLens\">\n"
                + "<title>" + escape(title) + "</title>\n<style>\n" + CSS + "</style>\n</head>\n<body>\n"
                + body + "</body>\n</html>\n";
    }

    /** Paragraphs of plain text: blank lines separate paragraphs, single line breaks become {@code <br>}. */
    static String paragraphs(String text, String cssClass) {
        StringBuilder sb = new StringBuilder();
        for (String p : text.strip().split("\\R\\s*\\R")) {
            sb.append("<p").append(cssClass == null ? "" : " class=\"" + cssClass + "\"").append('>')
                    .append(escape(p.strip()).replaceAll("\\R", "<br>\n")).append("</p>\n");
        }
        return sb.toString();
    }
}
