package org.newslens.task;

/** A progress report: {@code fraction} in [0, 1], or -1 when indeterminate. */
public record Progress(double fraction, String message) {
    public static Progress of(long done, long total, String message) {
        double f = total <= 0 ? -1 : Math.max(0, Math.min(1, (double) done / total));
        return new Progress(f, message == null ? "" : message);
    }
}
