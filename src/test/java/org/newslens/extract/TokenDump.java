package org.newslens.extract;

import java.nio.file.Files;
import java.nio.file.Path;

/** Debugging aid: prints each token with its tag, NER and actor for a text file. Run with exec:java. */
public final class TokenDump {
    public static void main(String[] a) throws Exception {
        Doc d = Pipeline.get().annotate(Files.readString(Path.of(a[0])), null);
        ActorResolver.Result r = ActorResolver.resolve(d);
        StringBuilder sb = new StringBuilder();
        for (Doc.Tok t : d.toks) {
            sb.append(t.sent()).append(' ').append(t.word()).append('/').append(t.pos()).append('/').append(t.ner());
            int x = r.actorAt()[t.index()];
            if (x >= 0) sb.append(" <").append(r.actors().get(x).name).append('>');
            sb.append('\n');
        }
        System.out.print(sb);
    }
}
