package org.newslens.ui.articles;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.NewArticle;
import org.newslens.store.ArticleSearch;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.state.WindowState;

class ArticleListPagingTest {
    @TempDir
    Path dir;

    @Test
    void loadsAPageAtATimeAndTheNextOneOnRequest() {
        try (Database db = Database.open(dir)) {
            int n = ArticleListViewModel.PAGE + 5;
            db.write(c -> {
                for (int i = 0; i < n; i++) {
                    ArticleStore.insert(c, new NewArticle("Article " + i, "s", LocalDate.of(2020, 1, 1).plusDays(i), "Body " + i),
                            "hash" + i, false, null, Instant.now());
                }
                return null;
            });
            WindowState state = new WindowState();
            ArticleListViewModel list = new ArticleListViewModel(new ArticleSearch(db), new CurrentThreadTaskExecutor(), state);
            list.reload();
            assertEquals(ArticleListViewModel.PAGE, list.articles().size());
            assertEquals(n, list.totalProperty().get());
            assertTrue(list.moreProperty().get());
            assertEquals("Article " + (n - 1), state.getSelectedArticle().title(), "newest first, the first selected");

            list.onShowMore();
            assertEquals(n, list.articles().size());
            assertFalse(list.moreProperty().get());
            assertEquals("Article 0", list.articles().get(n - 1).title());

            // j at the end of the loaded page loads the next one first.
            list.reload();
            state.selectArticle(list.articles().get(ArticleListViewModel.PAGE - 1));
            list.onNext();
            assertEquals(n, list.articles().size());
            assertEquals(list.articles().get(ArticleListViewModel.PAGE), state.getSelectedArticle(), "and moves on");
        }
    }
}
