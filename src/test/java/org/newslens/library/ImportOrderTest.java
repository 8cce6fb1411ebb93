package org.newslens.library;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.extract.NlpExtractor;
import org.newslens.model.ActorRef;
import org.newslens.store.ActorStore;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;

/** Two made-up articles analysed by the real engine give the same people in either import order. */
class ImportOrderTest {
    @TempDir
    Path tmp;

    private static final String SHORT = """
            ---
            title: Derby ends level
            published: 2024-04-06
            ---
            The derby ended 1-1 on Saturday. Okafor scored in the second half after a long run down the left.
            "We deserved more," Okafor said after the match.
            """;
    private static final String FULL = """
            ---
            title: Okafor signs new contract
            published: 2024-05-02
            ---
            Grace Okafor has signed a new three-year contract with the club, the club said on Thursday.
            Okafor, 24, joined from a second-division side in 2021.
            """;

    /** People (name -> article titles) and places of a library built from the files in this order. */
    private Map<String, Set<String>> build(String name, List<String> texts) throws Exception {
        Path files = Files.createDirectories(tmp.resolve(name + "-files"));
        try (Database db = Database.open(tmp.resolve(name))) {
            ImportService importer = new ImportService(db, NlpExtractor.shared(), 1, Clock.systemUTC());
            for (int i = 0; i < texts.size(); i++) {
                Path f = files.resolve(i + ".md");
                Files.writeString(f, texts.get(i));
                importer.importPaths(List.of(f), TaskContext.none());
            }
            ActorStore actors = new ActorStore(db);
            Map<String, Set<String>> out = new TreeMap<>();
            for (ActorRef a : actors.list("PERSON", true)) {
                Set<String> titles = new TreeSet<String>(db.<List<String>>read(c -> {
                    try (var ps = c.prepareStatement("SELECT ar.title FROM article_actor aa JOIN article ar ON ar.id = aa.article_id WHERE aa.actor_id = ?")) {
                        ps.setLong(1, a.id());
                        try (var rs = ps.executeQuery()) {
                            List<String> t = new java.util.ArrayList<>();
                            while (rs.next()) {
                                t.add(rs.getString(1));
                            }
                            return t;
                        }
                    }
                }));
                out.put(a.name(), titles);
            }
            return out;
        }
    }

    @Test
    void theSurnameOnlyArticleEndsWithTheFullNameInEitherOrder() throws Exception {
        Map<String, Set<String>> shortFirst = build("a", List.of(SHORT, FULL));
        Map<String, Set<String>> fullFirst = build("b", List.of(FULL, SHORT));
        assertEquals(fullFirst, shortFirst);
        assertEquals(Set.of("Derby ends level", "Okafor signs new contract"), shortFirst.get("Grace Okafor"), shortFirst.toString());
        assertTrue(shortFirst.keySet().stream().noneMatch(n -> n.equals("Okafor")), shortFirst.toString());
    }
}
