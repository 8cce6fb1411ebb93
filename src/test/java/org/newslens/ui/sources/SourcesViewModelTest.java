package org.newslens.ui.sources;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.newslens.library.ImportService;
import org.newslens.model.ArticleSummary;
import org.newslens.store.ActorStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.FixtureLibraryTest;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.sidebar.SidebarContent;
import org.newslens.ui.timing.FakeScheduler;

/** The sources pane and the reading state through the window's view models, without a toolkit. */
class SourcesViewModelTest extends FixtureLibraryTest {
    MainViewModel vm;
    long bo;
    /** The read-after-a-moment's clock, moved by the test. */
    final FakeScheduler delay = new FakeScheduler();

    @BeforeEach
    void open() {
        vm = new MainViewModel(db, new CurrentThreadTaskExecutor(), SidebarContent.NONE, new ImportService(db), null, delay);
        vm.start();
        bo = new ActorStore(db).lookup(LibraryFixture.BO).get(0).id();
    }

    private SourcesViewModel sources() {
        return vm.sources();
    }

    private List<SourceItem> section(String id) {
        return sources().sections().stream().filter(s -> s.id().equals(id)).findFirst().orElseThrow().items();
    }

    private int count(SourceItem.Kind kind) {
        return section(SourcesViewModel.LIBRARY).stream().filter(i -> i.kind() == kind).findFirst().orElseThrow().count();
    }

    private ArticleSummary listed(long id) {
        return vm.articles().articles().stream().filter(a -> a.id() == id).findFirst().orElseThrow();
    }

    @Test
    void countsWatchAndChoosingAWatchedPersonFiltersToTheirUnreadArticles() {
        assertEquals(List.of("All articles", "Unread", "Starred"), section(SourcesViewModel.LIBRARY).stream().map(SourceItem::label).toList());
        assertEquals(5, count(SourceItem.Kind.ALL));
        assertEquals(5, count(SourceItem.Kind.UNREAD));
        assertEquals(0, count(SourceItem.Kind.STARRED));
        assertTrue(section(SourcesViewModel.WATCHED).isEmpty());
        assertEquals(SourceItem.Kind.ALL, sources().selectedProperty().get().kind());

        vm.corrections().onWatch(bo, true);
        assertEquals(List.of(new SourceItem(SourceItem.Kind.WATCHED, bo, LibraryFixture.BO, 3)), section(SourcesViewModel.WATCHED));
        assertTrue(vm.corrections().isWatched(bo));

        sources().onChoose(section(SourcesViewModel.WATCHED).get(0));
        assertEquals(3, vm.articles().totalProperty().get());
        assertTrue(vm.state().filter().get().unreadOnly());
        assertEquals(List.of(bo), vm.state().filter().get().actorIds());
        assertEquals(bo, sources().selectedProperty().get().actorId());

        // The first listed article is open: after a moment it is read, and Bo Chan's count goes down.
        ArticleSummary open = vm.state().getSelectedArticle();
        assertFalse(open.read());
        delay.fire();
        assertTrue(listed(open.id()).read(), "the list shows it read");
        assertEquals(2, section(SourcesViewModel.WATCHED).get(0).count());
        assertEquals(4, count(SourceItem.Kind.UNREAD));

        // Esc: the whole library again, All chosen.
        vm.filter().onClear();
        assertEquals(SourceItem.Kind.ALL, sources().selectedProperty().get().kind());
        sources().onChoose(section(SourcesViewModel.LIBRARY).get(1));
        assertEquals(4, vm.articles().totalProperty().get());
        assertEquals(SourceItem.Kind.UNREAD, sources().selectedProperty().get().kind());
        // A filter that no source stands for: nothing chosen.
        vm.state().filter().setStarredOnly(true);
        assertNull(sources().selectedProperty().get());

        sources().onUnwatch(section(SourcesViewModel.WATCHED).get(0));
        assertTrue(section(SourcesViewModel.WATCHED).isEmpty());
        assertFalse(vm.corrections().isWatched(bo));
    }

    @Test
    void movingOnBeforeTheMomentCancelsAndKeysToggleReadAndStar() {
        List<ArticleSummary> list = vm.articles().articles();
        ArticleSummary first = list.get(0);
        ArticleSummary second = list.get(1);
        assertEquals(first.id(), vm.state().getSelectedArticle().id());
        vm.articles().onNext();
        delay.fire();
        assertFalse(listed(first.id()).read(), "left before the moment: still unread");
        assertTrue(listed(second.id()).read());

        vm.reading().onToggleRead();
        assertFalse(listed(second.id()).read(), "m: unread again");
        assertFalse(vm.reading().currentProperty().get().read());
        delay.fire();
        assertFalse(listed(second.id()).read(), "and it stays unread while it is open");
        vm.reading().onToggleRead();
        assertTrue(listed(second.id()).read());

        vm.reading().onToggleStar();
        assertTrue(listed(second.id()).starred());
        assertEquals(1, count(SourceItem.Kind.STARRED));
        sources().onChoose(section(SourcesViewModel.LIBRARY).get(2));
        assertEquals(List.of(second.id()), vm.articles().articles().stream().map(ArticleSummary::id).toList());
        vm.reading().onToggleStar();
        assertEquals(0, count(SourceItem.Kind.STARRED));
    }

    @Test
    void countsFollowAnArticleRemovedAndTheListReloaded() {
        vm.corrections().onWatch(bo, true);
        long deal = vm.articles().articles().stream().filter(a -> a.title().equals("Tariff deal signed")).findFirst().orElseThrow().id();
        db.write(c -> c.createStatement().executeUpdate("DELETE FROM article WHERE id = " + deal));
        vm.articles().reload();
        assertEquals(4, count(SourceItem.Kind.ALL));
        assertEquals(4, count(SourceItem.Kind.UNREAD));
        assertEquals(2, section(SourcesViewModel.WATCHED).get(0).count());
    }

    @Test
    void anArticleOpenedFromElsewhereShowsItsStoredState() {
        ArticleSummary second = vm.articles().articles().get(1);
        new org.newslens.store.ReadingStore(db).setStarred(second.id(), true);
        new org.newslens.store.ReadingStore(db).setRead(second.id(), true);
        // As the notes browser does: a summary without the reading state.
        vm.state().selectArticle(new ArticleSummary(second.id(), second.title(), second.source(), second.published(), second.importedAt()));
        assertTrue(vm.reading().currentProperty().get().read());
        assertTrue(vm.reading().currentProperty().get().starred());
        assertTrue(listed(second.id()).starred(), "the list learns it too");
        assertFalse(delay.isPending(), "already read: nothing to wait for");
        vm.reading().onToggleStar();
        assertFalse(listed(second.id()).starred());
    }

    @Test
    void markAllReadMarksTheFilteredArticlesOnly() {
        vm.state().filter().addPerson(bo, LibraryFixture.BO);
        assertEquals(3, vm.articles().totalProperty().get());
        vm.reading().onMarkAllRead();
        assertEquals(3, vm.reading().lastMarkedProperty().get());
        assertEquals(2, count(SourceItem.Kind.UNREAD));
        assertTrue(vm.articles().articles().stream().allMatch(ArticleSummary::read), "the list reloaded with the new state");
        assertTrue(vm.reading().currentProperty().get().read(), "the open article too");
        vm.filter().onClear();
        assertEquals(2, vm.articles().articles().stream().filter(a -> !a.read()).count());
    }

    @Test
    void feedsAreASectionWithUnreadCountsAndChoosingOneFiltersTheList() {
        java.time.Instant now = java.time.Instant.parse("2025-06-01T00:00:00Z");
        org.newslens.store.FeedStore feeds = new org.newslens.store.FeedStore(db);
        long gazette = feeds.add("http://127.0.0.1:9/gazette", "Gazette", null, "News", now).id();
        List<Long> ids = vm.articles().articles().stream().map(ArticleSummary::id).toList();
        db.inWrite(tx -> {
            org.newslens.store.FeedStore.insertItem(tx, gazette, "a", null, ids.get(0), now);
            org.newslens.store.FeedStore.insertItem(tx, gazette, "b", null, ids.get(1), now);
            return null;
        });
        feeds.recordFailure(gazette, "404 Not Found", now, now.plusSeconds(3600));
        sources().refresh();
        List<SourceItem> lines = section(SourcesViewModel.FEEDS);
        assertEquals(List.of("News", "Gazette"), lines.stream().map(SourceItem::label).toList());
        assertEquals(List.of(0, 1), lines.stream().map(SourceItem::depth).toList(), "the feed under its folder");
        assertEquals(2, lines.get(1).count(), "unread");
        assertEquals("404 Not Found", lines.get(1).error());
        assertTrue(lines.get(0).error() != null, "the folder shows its failing feed");

        sources().onChoose(lines.get(1));
        assertEquals(gazette, vm.state().filter().get().feedId());
        assertEquals(2, vm.articles().totalProperty().get());
        assertEquals(lines.get(1), sources().selectedProperty().get());

        // Reading one of them counts the feed down.
        vm.state().selectArticle(vm.articles().articles().get(0));
        vm.reading().onToggleRead();
        assertEquals(1, section(SourcesViewModel.FEEDS).get(1).count());
        assertEquals(1, section(SourcesViewModel.FEEDS).get(0).count());

        sources().onChoose(section(SourcesViewModel.FEEDS).get(0));
        assertEquals(SourceItem.Kind.FOLDER, sources().selectedProperty().get().kind());
        assertEquals(2, vm.articles().totalProperty().get());
        sources().onChoose(section(SourcesViewModel.LIBRARY).get(0));
        assertFalse(vm.state().filter().get().hasFeed(), "a library source drops the feed");
        assertEquals(5, vm.articles().totalProperty().get());

        // Unsubscribing from the chosen feed goes back to the whole library.
        sources().onChoose(section(SourcesViewModel.FEEDS).get(1));
        assertEquals(2, vm.articles().totalProperty().get());
        sources().feeds().onRemove(gazette);
        assertEquals(List.of("News"), section(SourcesViewModel.FEEDS).stream().map(SourceItem::label).toList());
        assertFalse(vm.state().filter().get().hasFeed());
        assertEquals(SourceItem.Kind.ALL, sources().selectedProperty().get().kind());
    }
}
