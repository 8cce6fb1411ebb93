package org.newslens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newslens.store.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;

/** A subcommand that works on the library chosen by the top command's {@code --library}. */
abstract class LibraryCommand implements Callable<Integer> {
    @ParentCommand
    NewsLensCli parent;

    @Spec
    CommandSpec spec;

    /** Runs with the library open; returns the exit code. */
    abstract int run(Database db);

    @Override
    public final Integer call() {
        try (Database db = parent.library.open()) {
            return run(db);
        } finally {
            out().flush();
            err().flush();
        }
    }

    PrintWriter out() {
        return spec.commandLine().getOut();
    }

    PrintWriter err() {
        return spec.commandLine().getErr();
    }
}
