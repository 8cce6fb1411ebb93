package org.newslens.extract;

import java.util.List;

/**
 * One real entity of an article: canonical (fullest) name, the other forms written (aliases),
 * roles/titles the text attaches to it, and every mention's span.
 */
public record ExtractedActor(String name, ActorType type, List<String> aliases, List<String> roles, List<Span> mentions) {
    public ExtractedActor {
        aliases = List.copyOf(aliases);
        roles = List.copyOf(roles);
        mentions = List.copyOf(mentions);
    }

    /** Cross-article identity key of the canonical name (see {@link NameKeys#key(String)}). */
    public String key() { return NameKeys.key(name); }
}
