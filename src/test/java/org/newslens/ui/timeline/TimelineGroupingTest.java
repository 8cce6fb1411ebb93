package org.newslens.ui.timeline;

import org.newslens.model.TimelineSentence;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.newslens.dates.ReadableDates;
import org.newslens.extract.ActorType;
import org.newslens.extract.ExtractedActor;
import org.newslens.extract.ExtractedDate;
import org.newslens.extract.Extraction;
import org.newslens.extract.Span;
import org.newslens.model.NewArticle;
import org.newslens.model.TimelineEntry;
import org.newslens.store.ActorStore;
import org.newslens.store.ArticleStore;
import org.newslens.store.Database;
import org.newslens.store.ExtractionStore;
import org.newslens.task.CurrentThreadTaskExecutor;
import org.newslens.library.ImportService;
import org.newslens.ui.LibraryFixture;
import org.newslens.ui.timing.FakeScheduler;
import org.newslens.ui.main.MainViewModel;
import org.newslens.ui.sidebar.StoreSidebarContent;
import org.newslens.ui.timeline.TimelineGrouping.Scale;

class TimelineGroupingTest {
    @TempDir
    Path dir;

    private static int next;

    /** A sentence of its own naming one day. */
    static TimelineEntry at(String day) {
        int s = 100 * ++next;
        return new TimelineEntry(day, day, "Monday", 1, "T", s + 3, s + 9, s, "On Monday.", List.of());
    }

    private static List<TimelineSentence> sentences(TimelineEntry... es) {
        return TimelineSentence.merge(List.of(es));
    }

    @Test
    void groupsByDayWeekMonthOrYearAndAutoPicksByTheSpan() {
        List<TimelineSentence> close = sentences(at("2025-04-21"), at("2025-04-21"), at("2025-04-23"));
        assertEquals(Scale.DAY, TimelineGrouping.resolve(Scale.AUTO, close));
        List<TimelineGrouping.Group> days = TimelineGrouping.group(close, Scale.AUTO);
        assertEquals(List.of(ReadableDates.day(LocalDate.of(2025, 4, 21)), ReadableDates.day(LocalDate.of(2025, 4, 23))),
                days.stream().map(TimelineGrouping.Group::label).toList());
        assertEquals(2, days.get(0).sentences().size());

        List<TimelineSentence> months = sentences(at("2025-01-02"), at("2025-02-20"), at("2025-02-23"), at("2025-03-30"));
        assertEquals(Scale.WEEK, TimelineGrouping.resolve(Scale.AUTO, months));
        assertEquals(List.of("Week of " + ReadableDates.day(LocalDate.of(2024, 12, 30)), "Week of " + ReadableDates.day(LocalDate.of(2025, 2, 17)),
                        "Week of " + ReadableDates.day(LocalDate.of(2025, 3, 24))),
                TimelineGrouping.group(months, Scale.AUTO).stream().map(TimelineGrouping.Group::label).toList());
        assertEquals(List.of("January 2025", "February 2025", "March 2025"),
                TimelineGrouping.group(months, Scale.MONTH).stream().map(TimelineGrouping.Group::label).toList());
        assertEquals(Scale.MONTH, TimelineGrouping.resolve(Scale.AUTO, sentences(at("2020-01-01"), at("2025-01-01"))));
        assertEquals(Scale.YEAR, TimelineGrouping.resolve(Scale.AUTO, sentences(at("1944-06-06"), at("2009-03-12"))));
        assertEquals(List.of("1944", "2009"), TimelineGrouping.group(sentences(at("1944-06-06"), at("2009-03-12")), Scale.AUTO)
                .stream().map(TimelineGrouping.Group::label).toList());
    }

    @Test
    void aChosenScaleTooFineForTheSpanGivesWayToACoarserOne() {
        List<TimelineSentence> long_ = sentences(at("2005-01-01"), at("2013-12-31"));
        assertEquals(Scale.WEEK, TimelineGrouping.resolve(Scale.DAY, long_));
        assertEquals(Scale.DAY, TimelineGrouping.resolve(Scale.DAY, sentences(at("2005-01-01"), at("2005-03-01"))));
        assertTrue(TimelineAxis.of(long_, Scale.DAY).bins().size() <= TimelineGrouping.MAX_PERIODS);
    }

    @Test
    void aSentenceNamingTwoDaysIsOneSentenceWithBothDaysUnderItsEarliest() {
        TimelineEntry later = new TimelineEntry("2009-03-14", "2009-03-14", "Saturday", 7, "Talks", 40, 48, 0,
                "Talks on 12 March ended on Saturday.", List.of("Ann Lee"));
        TimelineEntry earlier = new TimelineEntry("2009-03-12", "2009-03-12", "12 March", 7, "Talks", 9, 17, 0,
                "Talks on 12 March ended on Saturday.", List.of("Bo Chan"));
        TimelineEntry other = new TimelineEntry("2009-03-13", "2009-03-13", "Friday", 7, "Talks", 60, 66, 50,
                "On Friday they rested.", List.of());
        List<TimelineSentence> merged = TimelineSentence.merge(List.of(later, other, earlier));
        assertEquals(2, merged.size());
        TimelineSentence both = merged.get(0);
        assertEquals(List.of(LocalDate.of(2009, 3, 12), LocalDate.of(2009, 3, 14)), both.days());
        assertEquals(List.of("Bo Chan", "Ann Lee"), both.actors());
        assertEquals(0, both.sentenceStart());
        assertEquals("Talks on 12 March ended on Saturday.".length(), both.sentenceEnd());
        assertEquals(LocalDate.of(2009, 3, 13), merged.get(1).earliest());

        List<TimelineGrouping.Group> groups = TimelineGrouping.group(merged, Scale.DAY);
        assertEquals(List.of(LocalDate.of(2009, 3, 12), LocalDate.of(2009, 3, 13)), groups.stream().map(TimelineGrouping.Group::start).toList());
        assertEquals(List.of(both), groups.get(0).sentences());
        // The histogram counts it on each day it names: 12, 13 (the other sentence) and 14 March.
        assertEquals(List.of(1, 1, 1), TimelineAxis.of(merged, Scale.DAY).bins().stream().map(TimelineAxis.Bin::count).toList());
    }

    @Test
    void timelineFollowsTheFilterWhileShownAndOpensASentence() {
        try (Database db = LibraryFixture.create(dir)) {
            MainViewModel vm = new MainViewModel(db, new CurrentThreadTaskExecutor(), new StoreSidebarContent(new ExtractionStore(db)), new ImportService(db), null, new FakeScheduler());
            TimelineViewModel timeline = vm.timeline();
            timeline.onActive(true);
            assertEquals(5, timeline.countProperty().get());
            assertEquals(Scale.WEEK, timeline.shownScaleProperty().get());

            vm.state().filter().addPerson(new ActorStore(db).lookup(LibraryFixture.BO).get(0).id(), LibraryFixture.BO);
            assertEquals(3, timeline.countProperty().get());
            timeline.onScale(Scale.MONTH);
            assertEquals(List.of("February 2025", "March 2025", "April 2025"),
                    timeline.groups().stream().map(TimelineGrouping.Group::label).toList());
            assertEquals(3, timeline.axisProperty().get().bins().size());

            TimelineSentence friday = timeline.groups().get(1).sentences().get(0);
            timeline.onOpen(friday);
            assertEquals("Chan on tariffs", vm.state().getSelectedArticle().title());
            assertEquals(friday.sentenceStart(), vm.state().revealProperty().get().start());
            assertEquals(friday.sentenceEnd(), vm.state().revealProperty().get().end());
        }
    }

    @Test
    void theViewModelShowsASentenceWithTwoDatesOnceWithBothAndRevealsTheWholeSentence() {
        try (Database db = Database.open(dir)) {
            String body = "Intro line.\n\nThe talks began on 12 March 2009 and ended on 14 March 2009 in Geneva. Nothing else.";
            String sentence = "The talks began on 12 March 2009 and ended on 14 March 2009 in Geneva.";
            int s = body.indexOf(sentence);
            int a = body.indexOf("12 March 2009");
            int b = body.indexOf("14 March 2009");
            List<ExtractedDate> dates = List.of(
                    new ExtractedDate("14 March 2009", "2009-03-14", "DATE", b, b + 13, sentence, s, s + sentence.length(), List.of()),
                    new ExtractedDate("12 March 2009", "2009-03-12", "DATE", a, a + 13, sentence, s, s + sentence.length(), List.of()));
            List<ExtractedActor> actors = List.of(new ExtractedActor("Geneva", ActorType.LOCATION, List.of(), List.of(),
                    List.of(new Span(body.indexOf("Geneva"), body.indexOf("Geneva") + 6, "Geneva"))));
            LocalDate day = LocalDate.of(2009, 3, 15);
            db.write(c -> {
                long id = ArticleStore.insert(c, new NewArticle("Geneva talks", "Wire", day, body), body, false, null, Instant.now());
                ExtractionStore.save(c, id, body, new Extraction(day, false, actors, dates, List.of()), "t");
                return id;
            });
            MainViewModel vm = new MainViewModel(db, new CurrentThreadTaskExecutor(), new StoreSidebarContent(new ExtractionStore(db)), new ImportService(db), null, new FakeScheduler());
            TimelineViewModel timeline = vm.timeline();
            timeline.onActive(true);

            assertEquals(1, timeline.countProperty().get());
            assertEquals(1, timeline.groups().size());
            TimelineSentence only = timeline.groups().get(0).sentences().get(0);
            assertEquals(List.of(LocalDate.of(2009, 3, 12), LocalDate.of(2009, 3, 14)), only.days());
            assertEquals(LocalDate.of(2009, 3, 12), timeline.groups().get(0).start());
            // The axis runs over both days and the empty one between.
            assertEquals(List.of(1, 0, 1), timeline.axisProperty().get().bins().stream().map(TimelineAxis.Bin::count).toList());

            timeline.onOpen(only);
            assertEquals("Geneva talks", vm.state().getSelectedArticle().title());
            assertEquals(s, vm.state().revealProperty().get().start());
            assertEquals(s + sentence.length(), vm.state().revealProperty().get().end());
        }
    }

    @Test
    void anEmptyLibraryHasNoAxis() {
        try (Database db = Database.open(dir)) {
            MainViewModel vm = new MainViewModel(db, new CurrentThreadTaskExecutor(), new StoreSidebarContent(new ExtractionStore(db)), new ImportService(db), null, new FakeScheduler());
            vm.timeline().onActive(true);
            assertEquals(0, vm.timeline().countProperty().get());
            assertTrue(vm.timeline().axisProperty().get().isEmpty());
            assertTrue(vm.timeline().groups().isEmpty());
        }
    }
}
