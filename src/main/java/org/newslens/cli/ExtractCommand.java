package org.newslens.cli;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.ExtractedQuote;
import org.newslens.extract.Extraction;
import org.newslens.extract.ExtractionJson;
import org.newslens.extract.Extractor;
import org.newslens.extract.NlpExtractor;
import org.newslens.library.ArticleFile;
import org.newslens.library.Catalog;
import org.newslens.library.ImportException;
import org.newslens.model.NewArticle;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "extract", description = {
        "Print the actors, dates and quotes of .txt, .md and .html files without touching any library.",
        "The published date comes from --published, else the file's front matter (or its folder's catalog.json),",
        "else the text."})
final class ExtractCommand implements Callable<Integer> {
    @Option(names = "--published", paramLabel = "YYYY-MM-DD", description = "The articles' publication date.")
    LocalDate published;

    @Option(names = "--json", description = "One JSON object (several files: JSON Lines, each with \"file\").")
    boolean json;

    @Parameters(arity = "1..*", paramLabel = "FILE")
    List<Path> files;

    @Spec
    CommandSpec spec;

    /** Replaced in tests; the real engine loads once, on first use. */
    static Extractor engine = null;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Extractor extractor = engine != null ? engine : NlpExtractor.shared();
        boolean many = files.size() > 1;
        int failed = 0;
        for (Path file : files) {
            try {
                // A folder's catalog.json describes its files as front matter would.
                NewArticle a = Catalog.describe(file, ArticleFile.read(file));
                Extraction e = extractor.extract(a.body(), published != null ? published : a.published());
                if (json) {
                    ObjectNode node = ExtractionJson.toJson(a.title(), e);
                    Json.putArticleFields(node, a.body(), a.meta());
                    if (many) {
                        ObjectNode line = Json.MAPPER.createObjectNode().put("file", file.toString());
                        line.setAll(node);
                        out.println(line.toString());
                    } else {
                        out.println(Json.write(node));
                    }
                } else {
                    printText(out, file, a, e, many);
                }
            } catch (ImportException | RuntimeException ex) {
                failed++;
                String reason = ex.getMessage() == null ? ex.getClass().getSimpleName() : ex.getMessage();
                if (json) {
                    ObjectNode line = Json.MAPPER.createObjectNode().put("file", file.toString()).put("error", reason);
                    out.println(many ? line.toString() : Json.write(line));
                }
                err.println("newslens: " + file + ": " + reason);
            }
            out.flush();
        }
        err.flush();
        return failed > 0 ? 1 : 0;
    }

    private static void printText(PrintWriter out, Path file, NewArticle a, Extraction e, boolean many) {
        if (many) {
            out.println("== " + file);
        }
        out.println(a.title());
        out.println("Published: " + (e.published() == null ? "unknown" : e.published() + (e.publishedInferred() ? " (inferred)" : "")));
        for (ExtractedActor x : e.actors()) {
            out.printf("%-12s %s%s%s  ×%d%n", x.type(), x.name(),
                    x.roles().isEmpty() ? "" : " — " + String.join("; ", x.roles()),
                    x.aliases().isEmpty() ? "" : " (also " + String.join(", ", x.aliases()) + ")", x.mentions().size());
        }
        for (ExtractedDate d : e.dates()) {
            out.printf("%-12s %-16s %s%n", d.type(), d.value(), d.text());
        }
        for (ExtractedQuote q : e.quotes()) {
            out.printf("QUOTE        %s: “%s”%n", q.speaker() == null ? "(unattributed)" : q.speaker(), q.text());
        }
    }
}
