package org.newslens.ui.notes;

import java.nio.file.Path;
import java.time.LocalDate;

/** What the export dialog asks for; {@code person}, {@code from}, {@code to} matter only for their scope. */
public record ExportRequest(ExportChoice choice, ExportScope scope, String person, LocalDate from, LocalDate to, Path destination) {
}
