package org.newslens.ui.timeline;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.model.TimelineEntry;
import org.newslens.store.ActorStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.sidebar.StoreSidebarContent;
import org.newslens.ui.timeline.TimelineGrouping.Scale;

class TimelineGroupingTest {
    @TempDir
    Path dir;

    private static TimelineEntry at(String day) {
        return new TimelineEntry(day, day, "Monday", 1, "T", 0, 6, "On Monday.", List.of());
    }

    @Test
    void groupsByDayWeekOrMonthAndAutoPicksByTheSpan() {
        List<TimelineEntry> close = List.of(at("2025-04-21"), at("2025-04-21"), at("2025-04-23"));
        assertEquals(Scale.DAY, TimelineGrouping.resolve(Scale.AUTO, close));
        List<TimelineGrouping.Group> days = TimelineGrouping.group(close, Scale.AUTO);
        assertEquals(List.of(org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 21)), org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 4, 23))), days.stream().map(TimelineGrouping.Group::label).toList());
        assertEquals(2, days.get(0).entries().size());

        List<TimelineEntry> months = List.of(at("2025-01-02"), at("2025-02-20"), at("2025-02-23"), at("2025-03-30"));
        assertEquals(Scale.WEEK, TimelineGrouping.resolve(Scale.AUTO, months));
        assertEquals(List.of("Week of " + org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2024, 12, 30)), "Week of " + org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 2, 17)), "Week of " + org.newslens.dates.ReadableDates.day(java.time.LocalDate.of(2025, 3, 24))),
                TimelineGrouping.group(months, Scale.AUTO).stream().map(TimelineGrouping.Group::label).toList());
        assertEquals(List.of("January 2025", "February 2025", "March 2025"),
                TimelineGrouping.group(months, Scale.MONTH).stream().map(TimelineGrouping.Group::label).toList());
        assertEquals(Scale.MONTH, TimelineGrouping.resolve(Scale.AUTO, List.of(at("2020-01-01"), at("2025-01-01"))));
    }

    @Test
    void timelineFollowsTheFilterWhileShownAndOpensASentence() {
        try (Database db = LibraryFixture.create(dir)) {
            MainViewModel vm = new MainViewModel(db, new CurrentThreadTaskExecutor(), new StoreSidebarContent(new ExtractionStore(db)));
            TimelineViewModel timeline = vm.timeline();
            timeline.onActive(true);
            assertEquals(5, timeline.countProperty().get());
            assertEquals(Scale.WEEK, timeline.shownScaleProperty().get());

            vm.state().filter().addPerson(new ActorStore(db).lookup(LibraryFixture.BO).get(0).id(), LibraryFixture.BO);
            assertEquals(3, timeline.countProperty().get());
            timeline.onScale(Scale.MONTH);
            assertEquals(List.of("February 2025", "March 2025", "April 2025"),
                    timeline.groups().stream().map(TimelineGrouping.Group::label).toList());

            TimelineEntry friday = timeline.groups().get(1).entries().get(0);
            timeline.onOpen(friday);
            assertEquals("Chan on tariffs", vm.state().getSelectedArticle().title());
            assertEquals(friday.start(), vm.state().revealProperty().get().start());
        }
    }
}
