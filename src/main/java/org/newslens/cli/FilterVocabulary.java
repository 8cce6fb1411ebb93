package org.newslens.cli;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * The one filter vocabulary of the command line: who ({@code --person}), which words ({@code --query},
 * also spelt {@code --text}) and which published dates ({@code --from}, {@code --to}). {@link FilterOptions}
 * (list, timeline) and {@link NoteScopeOptions} (notes, export) each add what only they take.
 */
abstract class FilterVocabulary {
    @Option(names = "--person", paramLabel = "NAME",
            description = "Only articles mentioning this person (name, alias, surname or id).")
    List<String> persons = new ArrayList<>();

    @Option(names = {"--query", "--text"}, paramLabel = "WORDS",
            description = "Only articles containing these words (in notes and export, also in their notes and highlights).")
    String query;

    @Option(names = "--from", paramLabel = "YYYY-MM-DD", description = "Published on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "YYYY-MM-DD", description = "Published on or before this day.")
    LocalDate to;

    boolean isSet() {
        return !persons.isEmpty() || query != null || from != null || to != null;
    }
}
