package org.newslens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newslens.store.Database;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A command (or subcommand of a subcommand) that works on the library chosen by the top command's
 * {@code --library}: the library is opened around {@link #run}, after {@link #check()} accepted the
 * arguments, and the output is flushed. The one place that opens a library for the command line.
 */
abstract class LibraryCommand implements Callable<Integer> {
    @Spec
    CommandSpec spec;

    /** Runs with the library open; returns the exit code. What it throws is worded by {@link NewsLensCli#message}. */
    abstract int run(Database db) throws Exception;

    /** Options that check themselves before the library is opened: a mixin that implements it is checked. */
    interface Checked {
        void check();
    }

    /** Refuses bad arguments before the library is opened (and perhaps created); by default, checks the mixins. */
    void check() {
        for (CommandSpec mixin : spec.mixins().values()) {
            if (mixin.userObject() instanceof Checked c) {
                c.check();
            }
        }
    }

    @Override
    public final Integer call() throws Exception {
        check();
        try (Database db = ((NewsLensCli) spec.root().userObject()).library.open()) {
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
