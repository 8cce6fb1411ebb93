package org.newslens.ui.filter;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newslens.model.ActorRef;
import org.newslens.model.ArticleSummary;
import org.newslens.model.Cooccurrence;
import org.newslens.model.SearchPage;
import org.newslens.store.ActorStore;
import org.newslens.store.ExtractionStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.FixtureLibraryTest;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.actors.ActorChooserViewModel;
import org.newslens.ui.articles.ArticleListViewModel;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.sidebar.SidebarItem;
import org.newslens.ui.sidebar.SidebarSection;
import org.newslens.ui.sidebar.StoreSidebarContent;
import org.newslens.ui.state.PersonChip;

/** The filter through the window's view models, on the current thread: no toolkit. */
class FilterViewModelTest extends FixtureLibraryTest {
    private MainViewModel vm;
    private FilterViewModel filter;
    private ArticleListViewModel list;

    @BeforeEach
    void open() {
        vm = new MainViewModel(db, new CurrentThreadTaskExecutor(), new StoreSidebarContent(new ExtractionStore(db)));
        filter = vm.filter();
        list = vm.articles();
        list.reload();
    }

    private ActorRef person(String name) {
        return new ActorStore(db).lookup(name).get(0);
    }

    private List<String> titles() {
        return list.articles().stream().map(ArticleSummary::title).toList();
    }

    @Test
    void chipsCombineWithAndOrAnyAndComeOffAgain() {
        assertEquals(5, list.totalProperty().get());
        filter.onAddPerson(person(LibraryFixture.ANN));
        assertEquals(List.of("Tariff deal signed", "Lee and Chan meet in Rome", "Ann Lee in Paris"), titles());
        assertEquals(3, list.totalProperty().get());
        assertTrue(filter.activeProperty().get());

        filter.onAddPerson(person(LibraryFixture.BO));
        assertEquals(List.of(LibraryFixture.ANN, LibraryFixture.BO), filter.persons().stream().map(PersonChip::name).toList());
        assertEquals(2, list.totalProperty().get(), "AND: both named");
        filter.onAny(true);
        assertEquals(4, list.totalProperty().get(), "ANY: either named");
        filter.onAddPerson(person(LibraryFixture.BO));
        assertEquals(2, filter.persons().size(), "a person is added once");

        filter.onRemovePerson(person(LibraryFixture.ANN).id());
        assertFalse(filter.filterProperty().get().any(), "with one chip left All/Any resets to All");
        filter.onRemovePerson(person(LibraryFixture.BO).id());
        assertEquals(5, list.totalProperty().get());
        assertFalse(filter.activeProperty().get());
        filter.onAddPerson(person(LibraryFixture.ANN));
        filter.onAddPerson(person(LibraryFixture.BO));
        assertEquals(2, list.totalProperty().get(), "chips added again combine with All, not a hidden Any");
    }

    @Test
    void searchGivesMarkedSnippetsAndCombinesWithPeopleAndDates() {
        filter.onQuery("tariffs");
        assertEquals(List.of("Chan on tariffs", "Lee and Chan meet in Rome"), titles());
        String snippet = list.snippet(list.articles().get(0).id());
        assertTrue(snippet.contains(SearchPage.MARK_START + "tariffs" + SearchPage.MARK_END), snippet);

        filter.onAddPerson(person(LibraryFixture.ANN));
        assertEquals(List.of("Lee and Chan meet in Rome"), titles());

        filter.onQuery("");
        filter.onRange(LocalDate.of(2025, 2, 1), LocalDate.of(2025, 3, 31));
        assertEquals(List.of("Lee and Chan meet in Rome"), titles());
        filter.onRange(LocalDate.of(2025, 6, 1), null);
        assertTrue(list.articles().isEmpty());
        assertTrue(list.filteredProperty().get(), "the empty state says nothing matches");
        assertEquals("Lee and Chan meet in Rome", vm.state().getSelectedArticle().title(), "the reader keeps its article");

        list.onClearFilter();
        assertEquals(5, list.totalProperty().get());
        assertTrue(filter.persons().isEmpty());
        assertEquals(null, vm.state().filter().get().from());
    }

    @Test
    void appearsWithListsCompanionsAndAddsThemOnClick() {
        filter.onAddPerson(person(LibraryFixture.BO));
        List<Cooccurrence> with = filter.appearsWith();
        assertEquals(LibraryFixture.ANN, with.get(0).name());
        assertEquals(2, with.get(0).articles());
        assertTrue(with.stream().anyMatch(c -> c.name().equals("Trade Council")));

        // People first, then organisations and places; ties go to the most recent (Trade Council in March before Rome in February).
        assertEquals(List.of(LibraryFixture.ANN, "Cy Diaz", "Trade Council", "Rome"), with.stream().map(Cooccurrence::name).toList());

        filter.onAddAppearsWith(with.get(0));
        assertEquals(2, list.totalProperty().get());
        filter.onClear();
        assertTrue(filter.appearsWith().isEmpty());
    }

    @Test
    void personPickerListsPeopleWithCountsAndNarrowsAsYouType() {
        ActorChooserViewModel picker = filter.personPicker();
        picker.load();
        assertEquals(List.of(LibraryFixture.ANN, LibraryFixture.BO), picker.shown().subList(0, 2).stream().map(ActorRef::name).toList());
        assertEquals(3, picker.shown().get(0).articleCount());
        assertFalse(picker.shown().stream().anyMatch(a -> a.name().equals("Paris")), "people only");
        picker.onQuery("lee");
        assertEquals(List.of(LibraryFixture.ANN, "A. Lee"), picker.shown().stream().map(ActorRef::name).toList());
    }

    @Test
    void correctionsReachTheSidebarTheChipsAndTheCounts() {
        ActorRef ann = person(LibraryFixture.ANN);
        ActorRef aLee = person("A. Lee");
        filter.onAddPerson(aLee);
        list.onSelectArticle(list.articles().get(0));
        SidebarItem row = vm.sidebar().items(SidebarSection.PEOPLE).get(0);
        assertEquals("A. Lee", row.name());

        vm.sidebar().onMerge(row, ann);
        assertEquals(List.of(LibraryFixture.ANN), filter.persons().stream().map(PersonChip::name).toList(), "the chip follows");
        assertEquals(4, list.totalProperty().get(), "Ann Lee's articles and A. Lee's note");
        assertEquals(LibraryFixture.ANN, vm.sidebar().items(SidebarSection.PEOPLE).get(0).name());

        vm.sidebar().onRename(vm.sidebar().items(SidebarSection.PEOPLE).get(0), "Ann K. Lee");
        assertEquals("Ann K. Lee", filter.persons().get(0).name());
        assertEquals("Ann K. Lee", vm.sidebar().items(SidebarSection.PEOPLE).get(0).name());

        vm.sidebar().onHide(vm.sidebar().items(SidebarSection.PEOPLE).get(0));
        assertTrue(vm.sidebar().items(SidebarSection.PEOPLE).isEmpty());
        assertTrue(filter.persons().isEmpty(), "a hidden actor leaves the filter");
        assertEquals(5, list.totalProperty().get());
    }
}
