package org.newslens.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;
import org.newslens.app.Version;
import org.newslens.app.NewsLensException;
import org.newslens.ui.Launcher;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/** {@code newslens [--library DIR] [COMMAND]}: with no command, opens the window. */
@Command(name = "newslens", mixinStandardHelpOptions = true, versionProvider = NewsLensCli.VersionProvider.class,
        description = "NewsLens: read the news, see who and when.%nWith no command, opens the window.",
        subcommands = {ImportCommand.class, ListCommand.class, ShowCommand.class, ExtractCommand.class, ActorsCommand.class,
                ReextractCommand.class, TimelineCommand.class, SetPublishedCommand.class, MarkCommand.class, NoteCommand.class, NotesCommand.class,
                ExportCommand.class, DossierCommand.class, FeedsCommand.class, RemoveCommand.class, CommandLine.HelpCommand.class})
public final class NewsLensCli implements Callable<Integer> {
    @Mixin
    LibraryOptions library;

    @Override
    public Integer call() {
        Launcher.launch(library.resolve());
        return 0;
    }

    /** Builds the command line with NewsLens's error handling: one clear line on stderr, exit 1. */
    public static CommandLine commandLine() {
        CommandLine cl = new CommandLine(new NewsLensCli());
        cl.setExecutionExceptionHandler((ex, cmd, parseResult) -> {
            PrintWriter err = cmd.getErr();
            err.println("newslens: " + message(ex));
            err.flush();
            return 1;
        });
        return cl;
    }

    static String message(Exception ex) {
        if (ex instanceof NewsLensException || ex instanceof IllegalArgumentException) {
            return Outcomes.failure(ex);
        }
        if (ex instanceof CommandLine.ExecutionException && ex.getCause() instanceof IllegalArgumentException) {
            return Outcomes.failure(ex.getCause());
        }
        String m = ex.getMessage();
        String hint = windowHint(m);
        return ex.getClass().getSimpleName() + (m == null ? "" : ": " + m) + hint;
    }

    /**
     * JavaFX's own messages when the window cannot open say nothing of the fix: a Linux machine without GTK 3
     * ("Unable to load glass GTK library") or without a display. The commands still work without either.
     */
    static String windowHint(String m) {
        if (m == null) return "";
        if (m.contains("GTK")) {
            return " (the window needs GTK 3: on Debian or Ubuntu, sudo apt install libgtk-3-0; the commands, "
                    + "newslens --help, work without it)";
        }
        if (m.contains("DISPLAY") || m.contains("open display")) {
            return " (no display to open the window on: set DISPLAY, or use the commands, newslens --help)";
        }
        return "";
    }

    public static int run(String... args) {
        return commandLine().execute(args);
    }

    static final class VersionProvider implements CommandLine.IVersionProvider {
        @Override
        public String[] getVersion() {
            return new String[] {"NewsLens " + Version.get()};
        }
    }
}
