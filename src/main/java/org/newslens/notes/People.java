package org.newslens.notes;

import java.util.List;
import org.newslens.model.ActorRef;
import org.newslens.store.ActorStore;
import org.newslens.store.UnknownActorException;

/** Resolves a person given by the user to the library's actors. */
final class People {
    private People() {
    }

    /** The actors {@link ActorStore#lookup} finds; {@link UnknownActorException} when none. */
    static List<ActorRef> resolve(ActorStore actors, String nameOrId) {
        List<ActorRef> found = actors.lookup(nameOrId);
        if (found.isEmpty()) {
            throw new UnknownActorException(nameOrId);
        }
        return found;
    }
}
