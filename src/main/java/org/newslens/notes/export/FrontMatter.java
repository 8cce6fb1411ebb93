package org.newslens.notes.export;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.newslens.notes.AnnotatedArticle;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.Yaml;

/** YAML front matter, written by SnakeYAML so that any title or name is quoted correctly. */
final class FrontMatter {
    private FrontMatter() {
    }

    static String block(Map<String, Object> fields) {
        DumperOptions o = new DumperOptions();
        o.setDefaultFlowStyle(DumperOptions.FlowStyle.BLOCK);
        o.setAllowUnicode(true);
        o.setSplitLines(false);
        o.setIndent(2);
        o.setIndicatorIndent(0);
        o.setLineBreak(DumperOptions.LineBreak.UNIX);
        return "---\n" + new Yaml(o).dump(fields) + "---\n";
    }

    /** The fields describing one article: title, source, published, actors, tags, and its NewsLens identity. */
    static Map<String, Object> article(AnnotatedArticle a) {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("title", a.title());
        m.put("source", a.source());
        m.put("published", a.published() == null ? null : a.published().toString());
        m.put("actors", new ArrayList<>(a.actors()));
        List<String> tags = new ArrayList<>(tags(a));
        if (!tags.isEmpty()) {
            m.put("tags", tags);
        }
        m.put("newslens_id", a.id());
        if (a.contentHash() != null) {
            m.put("content_hash", a.contentHash());
        }
        return m;
    }

    /** The highlights' tags, as Obsidian tags (no spaces). */
    static Set<String> tags(AnnotatedArticle a) {
        Set<String> out = new LinkedHashSet<>();
        a.highlights().forEach(h -> h.highlight().tags().forEach(t -> out.add(obsidianTag(t))));
        return out;
    }

    static String obsidianTag(String tag) {
        return tag.strip().replaceAll("\\s+", "-");
    }
}
