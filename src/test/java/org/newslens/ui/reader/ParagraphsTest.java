package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ParagraphsTest {
    @Test
    void oneParagraphPerLineWhenThereAreNoBlankLines() {
        assertEquals(List.of("First line.", "Second line."), Paragraphs.split("First line.\r\nSecond line.\n"));
    }

    @Test
    void blankLinesSeparateParagraphsAndSingleBreaksAreHardWraps() {
        String body = "A hard-wrapped\nparagraph here.\n\n  \nSecond   one.\n";
        assertEquals(List.of("A hard-wrapped paragraph here.", "Second one."), Paragraphs.split(body));
    }

    @Test
    void emptyBodiesHaveNoParagraphs() {
        assertEquals(List.of(), Paragraphs.split("  \n\n "));
        assertEquals(List.of(), Paragraphs.split(null));
    }
}
