package org.newslens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newslens.extract.NlpExtractor;
import org.newslens.library.ReextractService;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParentCommand;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

@Command(name = "reextract", description = "Run extraction again on articles analysed by an older engine (or all).")
final class ReextractCommand implements Callable<Integer> {
    @ParentCommand
    NewsLensCli parent;

    @Option(names = "--all", description = "Every article, not only the stale ones.")
    boolean all;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        try (Database db = parent.library.open()) {
            ReextractService.Result r = new ReextractService(db, ImportCommand.engine()).run(all, TaskContext.none());
            r.failures().forEach(f -> spec.commandLine().getErr().println("failed     " + f));
            out.println(r.done() + " re-extracted, " + r.failures().size() + " failed");
            out.flush();
            spec.commandLine().getErr().flush();
            return r.failures().isEmpty() ? 0 : 1;
        }
    }
}
