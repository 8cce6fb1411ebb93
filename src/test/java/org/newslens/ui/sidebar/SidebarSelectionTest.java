package org.newslens.ui.sidebar;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.reader.MarkedText;
import org.newslens.ui.state.TextTarget;

/** Sidebar and reader share one selection; a click on a date or quote asks the reader to reveal it. */
class SidebarSelectionTest {
    @TempDir
    Path dir;

    @Test
    void mentionsAndRowsSelectTheSameThingAndDatesAndQuotesAreRevealed() {
        try (Database db = LibraryFixture.create(dir)) {
            MainViewModel vm = new MainViewModel(db, new CurrentThreadTaskExecutor(),
                    new StoreSidebarContent(new ExtractionStore(db), new ArticleStore(db)));
            vm.articles().reload();
            vm.articles().onSelectArticle(vm.articles().articles().stream()
                    .filter(a -> a.title().equals("Lee and Chan meet in Rome")).findFirst().orElseThrow());
            SidebarViewModel sidebar = vm.sidebar();
            SidebarItem tuesday = sidebar.items(SidebarSection.DATES).get(0);
            assertEquals("Ann Lee and Bo Chan met in Rome on Tuesday.", tuesday.sentence());

            // A click on the date in the text selects its row.
            MarkedText.Mark dateMark = vm.reader().markedParagraphs().get(0).runs().stream()
                    .filter(r -> r.mark() != null && r.mark().kind() == MarkedText.Kind.DATE).findFirst().orElseThrow().mark();
            vm.reader().onSelectMention(dateMark);
            assertTrue(sidebar.isSelected(SidebarSection.DATES, tuesday));

            // A click on a person's row selects the person (not the date) and reveals the first mention.
            SidebarItem bo = sidebar.items(SidebarSection.PEOPLE).stream().filter(i -> i.name().equals(LibraryFixture.BO))
                    .findFirst().orElseThrow();
            sidebar.onActivate(SidebarSection.PEOPLE, bo);
            assertTrue(sidebar.isSelected(SidebarSection.PEOPLE, bo));
            assertFalse(sidebar.isSelected(SidebarSection.DATES, tuesday));
            assertNull(vm.state().selectedDateProperty().get());

            SidebarItem quote = sidebar.items(SidebarSection.QUOTES).get(0);
            sidebar.onActivate(SidebarSection.QUOTES, quote);
            TextTarget target = vm.state().revealProperty().get();
            assertEquals(vm.state().getSelectedArticle().id(), target.articleId());
            assertEquals(quote.start(), target.start());
            assertEquals(LibraryFixture.BO, quote.name());
        }
    }
}
