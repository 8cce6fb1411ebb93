package org.newslens.ui;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Small article files for UI tests. */
public final class Fixtures {
    private Fixtures() {
    }

    /** Writes {@code name} with front matter (title, date; date may be null) and a two-paragraph body. */
    public static Path article(Path dir, String name, String title, String date, String body) throws IOException {
        StringBuilder sb = new StringBuilder("---\ntitle: \"").append(title).append("\"\n");
        if (date != null) {
            sb.append("published: ").append(date).append('\n');
        }
        sb.append("source: Test Wire\n---\n").append(body).append('\n');
        Path file = dir.resolve(name);
        Files.writeString(file, sb.toString(), StandardCharsets.UTF_8);
        return file;
    }

    /** A file NewsLens refuses: the reason names the unsupported type. */
    public static Path unsupported(Path dir) throws IOException {
        Path file = dir.resolve("scan.pdf");
        Files.write(file, new byte[] {'%', 'P', 'D', 'F', '-', '1', '.', '4'});
        return file;
    }
}
