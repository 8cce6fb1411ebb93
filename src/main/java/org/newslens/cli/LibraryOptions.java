package org.newslens.cli;

import java.nio.file.Path;
import org.newslens.store.Database;
import org.newslens.store.LibraryLocation;
import picocli.CommandLine.Option;

/** The {@code --library DIR} option, shared by every command. */
final class LibraryOptions {
    @Option(names = "--library", paramLabel = "DIR", scope = picocli.CommandLine.ScopeType.INHERIT,
            description = "The library folder (default: $NEWSLENS_HOME, else the per-user data folder).")
    Path library;

    Path resolve() {
        return LibraryLocation.resolve(library);
    }

    Database open() {
        return Database.open(resolve());
    }
}
