package org.newslens.notes;

import java.util.List;
import org.newslens.model.ActorRef;
import org.newslens.store.ActorStore;

/** Resolves a person given by the user to the library's actors. */
final class People {
    private People() {
    }

    /** The actors {@link ActorStore#lookup} finds; IllegalArgumentException when none. */
    static List<ActorRef> resolve(ActorStore actors, String nameOrId) {
        List<ActorRef> found = actors.lookup(nameOrId);
        if (found.isEmpty()) {
            throw new IllegalArgumentException("no actor called '" + nameOrId + "' in the library (see: newslens actors)");
        }
        return found;
    }
}
