package org.newslens.cli;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.newslens.model.Highlight;
import org.newslens.notes.HighlightStore;
import org.newslens.model.Note;
import org.newslens.notes.NoteStore;
import org.newslens.store.Database;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code newslens note add ID --text TEXT [--quote TEXT] [--tag TAG]...}. */
@Command(name = "note", description = "Write notes and highlights on an article.", subcommands = NoteCommand.Add.class)
final class NoteCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        throw new CommandLine.ParameterException(spec.commandLine(), "Missing subcommand: note add ID --text TEXT [--quote TEXT]");
    }

    @Command(name = "add", description = {
            "Without --quote: append TEXT to the article's note.",
            "With --quote: highlight the first occurrence of QUOTE in the article, with TEXT as its comment."})
    static final class Add extends LibraryCommand {
        @Parameters(index = "0", paramLabel = "ID", description = "The article's id (see list).")
        long id;

        @Option(names = "--text", required = true, paramLabel = "TEXT", description = "The note, or the highlight's comment (Markdown).")
        String text;

        @Option(names = "--quote", paramLabel = "QUOTE", description = "Highlight this passage of the article (exact text).")
        String quote;

        @Option(names = "--tag", paramLabel = "TAG", description = "A tag for the highlight (repeatable).")
        List<String> tags;

        @Override
        int run(Database db) {
            PrintWriter out = out();
            if (quote != null) {
                Highlight h = new HighlightStore(db).addFirstOccurrence(id, quote, text, tags == null ? List.of() : tags);
                out.println("Highlight " + h.id() + " added to article " + id + " at " + h.start() + ".." + h.end() + ".");
            } else {
                if (tags != null && !tags.isEmpty()) {
                    throw new IllegalArgumentException("--tag goes with --quote (notes have no tags)");
                }
                Note n = new NoteStore(db).append(id, text);
                out.println("Note of article " + id + " saved (" + n.body().length() + " characters).");
            }
            return 0;
        }
    }
}
