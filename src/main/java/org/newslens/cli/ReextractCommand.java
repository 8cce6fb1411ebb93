package org.newslens.cli;

import java.io.PrintWriter;
import org.newslens.library.ReextractService;
import org.newslens.store.Database;
import org.newslens.task.TaskContext;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

@Command(name = "reextract", description = "Run extraction again on articles analysed by an older engine (or all).")
final class ReextractCommand extends LibraryCommand {
    @Option(names = "--all", description = "Every article, not only the stale ones.")
    boolean all;

    @Override
    int run(Database db) {
        PrintWriter out = out();
        ReextractService.Result r = new ReextractService(db, ImportCommand.engine()).run(all, TaskContext.none());
        r.failures().forEach(f -> err().println("failed     " + f));
        out.println(r.done() + " re-extracted, " + r.failures().size() + " failed");
        return r.failures().isEmpty() ? 0 : 1;
    }
}
