package org.newslens.library;

/** What became of one file. {@code articleId} is set for IMPORTED and DUPLICATE; {@code reason} for FAILED. */
public record ImportOutcome(String file, Status status, Long articleId, String title, String reason) {
    public enum Status { IMPORTED, DUPLICATE, FAILED }

    static ImportOutcome failed(String file, String reason) {
        return new ImportOutcome(file, Status.FAILED, null, null, reason);
    }
}
