package org.newslens.cli;

import org.newslens.notes.NoteFilter;
import picocli.CommandLine;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/**
 * Which notes and highlights a command takes, shared by notes and export: the {@link FilterVocabulary}
 * (one {@code --person}) and {@code --article}.
 */
final class NoteScopeOptions extends FilterVocabulary implements LibraryCommand.Checked {
    @Spec(Spec.Target.MIXEE)
    CommandSpec mixee;

    @Option(names = "--article", paramLabel = "ID", description = "Only this article.")
    Long article;

    private NoteFilter filter;

    /** Builds the filter before the library opens (a bad date range fails first). */
    @Override
    public void check() {
        filter = toFilter();
    }

    /** The filter {@link #check()} built. */
    NoteFilter filter() {
        return filter == null ? toFilter() : filter;
    }

    /** The filter; a usage error when several people are given (a note filter takes one). */
    NoteFilter toFilter() {
        if (persons.size() > 1) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    mixee.name() + " takes one --person, not " + persons.size());
        }
        return new NoteFilter(persons.isEmpty() ? null : persons.get(0), article, query, from, to);
    }

    /** A usage error when any scope option is given: {@code option} takes every note ({@code verb}: "lists", "exports"). */
    void refuseScopeWith(String option, String verb) {
        if (!filter().equals(NoteFilter.all())) {
            throw new CommandLine.ParameterException(mixee.commandLine(),
                    option + " " + verb + " every kept note; it takes no --person, --article, --text or dates");
        }
    }
}
