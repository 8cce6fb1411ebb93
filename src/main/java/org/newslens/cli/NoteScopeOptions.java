package org.newslens.cli;

import java.time.LocalDate;
import org.newslens.notes.NoteFilter;
import picocli.CommandLine.Option;

/** Which notes and highlights a command takes: the scope options shared by notes and export. */
final class NoteScopeOptions {
    @Option(names = "--person", paramLabel = "NAME", description = "Only articles that mention this actor (name, alias, surname or id).")
    String person;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article.")
    Long article;

    @Option(names = "--text", paramLabel = "WORDS", description = "Only articles whose text, note or highlights contain this.")
    String text;

    @Option(names = "--from", paramLabel = "DATE", description = "Published on or after DATE (yyyy-mm-dd).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Published on or before DATE (yyyy-mm-dd).")
    LocalDate to;

    NoteFilter toFilter() {
        return new NoteFilter(person, article, text, from, to);
    }
}
