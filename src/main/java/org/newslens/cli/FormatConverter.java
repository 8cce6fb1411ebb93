package org.newslens.cli;

import org.newslens.notes.export.ExportFormat;
import picocli.CommandLine;

/** md|csv|json|html, case-insensitive; anything else is a usage error. */
final class FormatConverter implements CommandLine.ITypeConverter<ExportFormat> {
    @Override
    public ExportFormat convert(String value) {
        try {
            return ExportFormat.parse(value);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.TypeConversionException(e.getMessage());
        }
    }
}
