package org.newslens.ui.actors;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.newslens.model.ActorRef;
import org.newslens.store.ActorStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.FixtureLibraryTest;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.state.WindowState;

class ActorCorrectionsTest extends FixtureLibraryTest {
    @Test
    void hiddenActorsAreListedAndShownAgain() {
        WindowState state = new WindowState();
        int[] reloads = {0};
        state.libraryRevisionProperty().addListener((o, a, b) -> reloads[0]++);
        ActorStore store = new ActorStore(db);
        ActorCorrections c = new ActorCorrections(store, new CurrentThreadTaskExecutor(), state);
        long ann = store.lookup(LibraryFixture.ANN).get(0).id();

        c.onHide(ann);
        List<ActorRef> hidden = new ArrayList<>();
        c.loadHidden(hidden::addAll);
        assertEquals(List.of(LibraryFixture.ANN), hidden.stream().map(ActorRef::name).toList());
        assertTrue(store.list("PERSON", false).stream().noneMatch(a -> a.id() == ann));

        c.onUnhide(ann);
        assertTrue(store.list("PERSON", false).stream().anyMatch(a -> a.id() == ann));
        hidden.clear();
        c.loadHidden(hidden::addAll);
        assertTrue(hidden.isEmpty());
        assertEquals(2, reloads[0]);
    }
}
