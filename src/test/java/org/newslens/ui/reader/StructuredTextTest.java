package org.newslens.ui.reader;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.ArticleExtraction;
import org.newslens.model.ArticleExtraction.ArticleActor;
import org.newslens.model.ArticleExtraction.TextSpan;
import org.newslens.model.ArticleStructure;
import org.newslens.model.Block;

/** The reader's blocks from an article's structure: offsets into the plain body, links, markers, images. */
class StructuredTextTest {
    private static final ArticleStructure S = new ArticleStructure(List.of(
            Block.of(Block.Kind.HEADING, 2, "Ann Lee speaks"),
            new Block(Block.Kind.PARAGRAPH, 0, "She said so\nin Rome, the wire reported.", List.of(new Block.Link(25, 29, "https://wire.example/")), null),
            new Block(Block.Kind.IMAGE, 0, "Lee at the podium", List.of(), null),
            Block.of(Block.Kind.ORDERED_ITEM, 1, "One"),
            Block.of(Block.Kind.LIST_ITEM, 2, "Sub"),
            Block.of(Block.Kind.ORDERED_ITEM, 1, "Two"),
            Block.of(Block.Kind.PARAGRAPH, 0, "Break."),
            Block.of(Block.Kind.ORDERED_ITEM, 1, "Again"),
            Block.of(Block.Kind.PREFORMATTED, 0, "x  =  1\n  y")));

    @Test
    void eachBlockIsDrawnFromItsPlaceInTheBody() {
        String body = S.plainText();
        int lee = body.indexOf("Ann Lee");
        int rome = body.indexOf("Rome");
        ArticleExtraction x = new ArticleExtraction(List.of(
                new ArticleActor(1, "PERSON", "Ann Lee", List.of(), List.of(), 1, 1, false, List.of(new TextSpan(lee, lee + 7, "Ann Lee"))),
                new ArticleActor(2, "LOCATION", "Rome", List.of(), List.of(), 1, 1, false, List.of(new TextSpan(rome, rome + 4, "Rome")))),
                List.of(), List.of());
        List<MarkedText.Paragraph> ps = MarkedText.build(body, S, x);
        assertEquals(S.blocks().size(), ps.size(), "one per block, the image too");
        assertEquals(List.of("Ann Lee speaks", "She said so in Rome, the wire reported.", "", "One", "Sub", "Two", "Break.", "Again",
                "x  =  1\n  y"), ps.stream().map(MarkedText.Paragraph::text).toList());
        assertEquals(List.of("", "", "", "1.", "◦", "2.", "", "1.", ""), ps.stream().map(MarkedText.Paragraph::marker).toList());

        MarkedText.Run name = ps.get(0).runs().get(0);
        assertEquals("Ann Lee", name.text());
        assertEquals(1, name.mark().actorId());
        assertEquals(lee, name.bodyStart());

        List<MarkedText.Run> second = ps.get(1).runs();
        MarkedText.Run romeRun = second.stream().filter(r -> r.text().equals("Rome")).findFirst().orElseThrow();
        assertEquals(rome, romeRun.bodyStart(), "a soft line break before it does not shift the offsets");
        assertEquals(2, romeRun.mark().actorId());
        MarkedText.Run link = second.stream().filter(r -> r.href() != null).findFirst().orElseThrow();
        assertEquals("wire", link.text());
        assertEquals("https://wire.example/", link.href());
        assertEquals(body.indexOf("wire"), link.bodyStart());
        assertNull(romeRun.href());

        assertFalse(ps.get(2).isText());
        assertEquals(Block.Kind.IMAGE, ps.get(2).block().kind());
        assertEquals(-1, ps.get(2).bodyStart());
        assertEquals(body.indexOf("x  =  1"), ps.get(8).bodyStart(), "preformatted keeps its spaces and lines");
    }

    @Test
    void piecesFollowTheStructureAndFallBackWithout() {
        String body = S.plainText();
        List<Paragraphs.Piece> pieces = Paragraphs.pieces(body, S);
        assertEquals(8, pieces.size(), "text blocks only");
        for (Paragraphs.Piece p : pieces) {
            for (int i = 0; i < p.text().length(); i++) {
                char shown = p.text().charAt(i);
                char stored = body.charAt(p.offsets()[i]);
                assertTrue(shown == stored || shown == ' ' && Character.isWhitespace(stored), "char " + i + " of " + p.text());
            }
        }
        assertEquals(Paragraphs.split(body), Paragraphs.pieces(body, null).stream().map(Paragraphs.Piece::text).toList());
        assertEquals(Paragraphs.split("other body"),
                Paragraphs.pieces("other body", S).stream().map(Paragraphs.Piece::text).toList(), "a structure not of this body is ignored");
        assertNull(Paragraphs.pieces(body, null).get(0).block());
    }

    @Test
    void anUnsafeLinkIsNotALink() {
        ArticleStructure s = new ArticleStructure(List.of(
                new Block(Block.Kind.PARAGRAPH, 0, "Click here now.", List.of(new Block.Link(6, 10, "javascript:alert(1)")), null)));
        List<MarkedText.Paragraph> ps = MarkedText.build(s.plainText(), s, new ArticleExtraction(List.of(), List.of(), List.of()));
        assertTrue(ps.get(0).runs().stream().allMatch(r -> r.href() == null));
    }
}
