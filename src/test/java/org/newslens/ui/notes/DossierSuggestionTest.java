package org.newslens.ui.notes;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;
import org.newslens.model.ActorRef;
import org.newslens.notes.export.NotesExporter;
import org.newslens.store.ActorStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.FixtureLibraryTest;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.state.WindowState;

/** The dossier dialog pre-fills the person selected in the window. */
class DossierSuggestionTest extends FixtureLibraryTest {
    @Test
    void theSidebarsPersonElseTheFiltersFirstElseNobody() {
        WindowState state = new WindowState();
        ActorStore actors = new ActorStore(db);
        DossierViewModel vm = new DossierViewModel(new NotesExporter(db), actors, new CurrentThreadTaskExecutor(), state);
        vm.onOpen();
        assertEquals("", vm.suggestedProperty().get());

        ActorRef bo = actors.lookup(LibraryFixture.BO).get(0);
        ActorRef ann = actors.lookup(LibraryFixture.ANN).get(0);
        state.filter().addPerson(bo.id(), bo.name());
        vm.onOpen();
        assertEquals(LibraryFixture.BO, vm.suggestedProperty().get());

        state.selectActor(ann.id());
        vm.onOpen();
        assertEquals(LibraryFixture.ANN, vm.suggestedProperty().get());

        state.selectActor(actors.lookup("Paris").get(0).id()); // a place: the filter's person again
        vm.onOpen();
        assertEquals(LibraryFixture.BO, vm.suggestedProperty().get());
    }
}
