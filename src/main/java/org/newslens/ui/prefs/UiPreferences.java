package org.newslens.ui.prefs;

import java.util.Properties;

/**
 * What the window remembers between runs. Immutable; every value has a default and is kept within
 * sane bounds, so a hand-edited or damaged file can never produce an unusable window.
 *
 * @param windowX        left edge, NaN when the window should be centred
 * @param windowY        top edge, NaN when the window should be centred
 * @param leftDivider    position of the divider after the article list (0..1)
 * @param rightDivider   position of the divider before the sidebar (0..1)
 * @param readerFontSize body text size in pixels
 * @param notePaneOpen   whether the note pane below the reader is shown
 * @param notePaneDivider position of the divider between the reader and the note pane (0..1)
 * @param lastArticle    the article open when the window closed, -1 for none (opened again on restart)
 * @param readerScroll   how far down that article was scrolled (0..1)
 * @param sourcesPaneShown whether the sources pane at the left is shown (its width is fixed)
 */
public record UiPreferences(double windowX, double windowY, double windowWidth, double windowHeight, boolean maximized,
                            double leftDivider, double rightDivider, boolean darkTheme, double readerFontSize,
                            boolean notePaneOpen, double notePaneDivider, long lastArticle, double readerScroll,
                            boolean sourcesPaneShown) {
    public static final double MIN_WIDTH = 640;
    public static final double MIN_HEIGHT = 420;
    public static final double DEFAULT_FONT_SIZE = 17;
    public static final double MIN_FONT_SIZE = 12;
    public static final double MAX_FONT_SIZE = 28;

    /** The note pane starts closed and small when opened: the reader keeps the height (Ctrl+Shift+N opens it). */
    public static final double DEFAULT_NOTE_PANE_DIVIDER = 0.8;

    public static final UiPreferences DEFAULTS = new UiPreferences(Double.NaN, Double.NaN, 1240, 800, false,
            0.27, 0.79, false, DEFAULT_FONT_SIZE, false, DEFAULT_NOTE_PANE_DIVIDER, -1, 0, true);

    public UiPreferences {
        windowWidth = finiteAtLeast(windowWidth, MIN_WIDTH, 1240);
        windowHeight = finiteAtLeast(windowHeight, MIN_HEIGHT, 800);
        leftDivider = fraction(leftDivider, 0.27);
        rightDivider = fraction(rightDivider, 0.79);
        if (rightDivider <= leftDivider) {
            leftDivider = 0.27;
            rightDivider = 0.79;
        }
        readerFontSize = Double.isFinite(readerFontSize)
                ? Math.max(MIN_FONT_SIZE, Math.min(MAX_FONT_SIZE, readerFontSize)) : DEFAULT_FONT_SIZE;
        notePaneDivider = Double.isFinite(notePaneDivider) && notePaneDivider > 0.15 && notePaneDivider < 0.95
                ? notePaneDivider : DEFAULT_NOTE_PANE_DIVIDER;
        lastArticle = lastArticle > 0 ? lastArticle : -1;
        readerScroll = Double.isFinite(readerScroll) ? Math.max(0, Math.min(1, readerScroll)) : 0;
    }

    public boolean hasPosition() {
        return Double.isFinite(windowX) && Double.isFinite(windowY);
    }

    public UiPreferences withWindow(double x, double y, double width, double height) {
        return change(c -> {
            c.windowX = x;
            c.windowY = y;
            c.windowWidth = width;
            c.windowHeight = height;
        });
    }

    public UiPreferences withMaximized(boolean value) {
        return change(c -> c.maximized = value);
    }

    public UiPreferences withDividers(double left, double right) {
        return change(c -> {
            c.leftDivider = left;
            c.rightDivider = right;
        });
    }

    public UiPreferences withDarkTheme(boolean value) {
        return change(c -> c.darkTheme = value);
    }

    public UiPreferences withReaderFontSize(double size) {
        return change(c -> c.readerFontSize = size);
    }

    public UiPreferences withNotePaneOpen(boolean open) {
        return change(c -> c.notePaneOpen = open);
    }

    public UiPreferences withNotePaneDivider(double divider) {
        return change(c -> c.notePaneDivider = divider);
    }

    /** Remembers the open article (its scroll position starts at the top). */
    public UiPreferences withLastArticle(long id) {
        if (id == lastArticle) {
            return this;
        }
        return change(c -> {
            c.lastArticle = id;
            c.readerScroll = 0;
        });
    }

    public UiPreferences withReaderScroll(double position) {
        return change(c -> c.readerScroll = position);
    }

    public UiPreferences withSourcesPaneShown(boolean shown) {
        return change(c -> c.sourcesPaneShown = shown);
    }

    /** A copy with what {@code edit} changes; the canonical constructor keeps every value in bounds. */
    private UiPreferences change(java.util.function.Consumer<Copy> edit) {
        Copy c = new Copy(this);
        edit.accept(c);
        return new UiPreferences(c.windowX, c.windowY, c.windowWidth, c.windowHeight, c.maximized, c.leftDivider,
                c.rightDivider, c.darkTheme, c.readerFontSize, c.notePaneOpen, c.notePaneDivider, c.lastArticle, c.readerScroll,
                c.sourcesPaneShown);
    }

    /** The values of a copy being changed, one wither's worth at a time. */
    private static final class Copy {
        double windowX;
        double windowY;
        double windowWidth;
        double windowHeight;
        boolean maximized;
        double leftDivider;
        double rightDivider;
        boolean darkTheme;
        double readerFontSize;
        boolean notePaneOpen;
        double notePaneDivider;
        long lastArticle;
        double readerScroll;
        boolean sourcesPaneShown;

        Copy(UiPreferences p) {
            windowX = p.windowX;
            windowY = p.windowY;
            windowWidth = p.windowWidth;
            windowHeight = p.windowHeight;
            maximized = p.maximized;
            leftDivider = p.leftDivider;
            rightDivider = p.rightDivider;
            darkTheme = p.darkTheme;
            readerFontSize = p.readerFontSize;
            notePaneOpen = p.notePaneOpen;
            notePaneDivider = p.notePaneDivider;
            lastArticle = p.lastArticle;
            readerScroll = p.readerScroll;
            sourcesPaneShown = p.sourcesPaneShown;
        }
    }

    Properties toProperties() {
        Properties p = new Properties();
        if (hasPosition()) {
            p.setProperty(Keys.X, Double.toString(windowX));
            p.setProperty(Keys.Y, Double.toString(windowY));
        }
        p.setProperty(Keys.WIDTH, Double.toString(windowWidth));
        p.setProperty(Keys.HEIGHT, Double.toString(windowHeight));
        p.setProperty(Keys.MAXIMIZED, Boolean.toString(maximized));
        p.setProperty(Keys.LEFT_DIVIDER, Double.toString(leftDivider));
        p.setProperty(Keys.RIGHT_DIVIDER, Double.toString(rightDivider));
        p.setProperty(Keys.DARK_THEME, Boolean.toString(darkTheme));
        p.setProperty(Keys.READER_FONT_SIZE, Double.toString(readerFontSize));
        p.setProperty(Keys.NOTE_PANE_OPEN, Boolean.toString(notePaneOpen));
        p.setProperty(Keys.NOTE_PANE_DIVIDER, Double.toString(notePaneDivider));
        p.setProperty(Keys.LAST_ARTICLE, Long.toString(lastArticle));
        p.setProperty(Keys.READER_SCROLL, Double.toString(readerScroll));
        p.setProperty(Keys.SOURCES_PANE_SHOWN, Boolean.toString(sourcesPaneShown));
        return p;
    }

    /** Reads what it can; anything missing or unreadable falls back to its default. */
    static UiPreferences fromProperties(Properties p) {
        UiPreferences d = DEFAULTS;
        return new UiPreferences(number(p, Keys.X, Double.NaN), number(p, Keys.Y, Double.NaN),
                number(p, Keys.WIDTH, d.windowWidth), number(p, Keys.HEIGHT, d.windowHeight),
                bool(p, Keys.MAXIMIZED, d.maximized), number(p, Keys.LEFT_DIVIDER, d.leftDivider),
                number(p, Keys.RIGHT_DIVIDER, d.rightDivider), bool(p, Keys.DARK_THEME, d.darkTheme),
                number(p, Keys.READER_FONT_SIZE, d.readerFontSize),
                bool(p, Keys.NOTE_PANE_OPEN, d.notePaneOpen), number(p, Keys.NOTE_PANE_DIVIDER, d.notePaneDivider),
                (long) number(p, Keys.LAST_ARTICLE, -1), number(p, Keys.READER_SCROLL, 0),
                bool(p, Keys.SOURCES_PANE_SHOWN, d.sourcesPaneShown));
    }

    private static double number(Properties p, String key, double fallback) {
        String s = p.getProperty(key);
        if (s == null) {
            return fallback;
        }
        try {
            return Double.parseDouble(s.trim());
        } catch (NumberFormatException e) {
            return fallback;
        }
    }

    private static boolean bool(Properties p, String key, boolean fallback) {
        String s = p.getProperty(key);
        return s == null ? fallback : Boolean.parseBoolean(s.trim());
    }

    private static double finiteAtLeast(double v, double min, double fallback) {
        return Double.isFinite(v) ? Math.max(min, v) : fallback;
    }

    private static double fraction(double v, double fallback) {
        return Double.isFinite(v) && v > 0.02 && v < 0.98 ? v : fallback;
    }

    private static final class Keys {
        static final String X = "window.x";
        static final String Y = "window.y";
        static final String WIDTH = "window.width";
        static final String HEIGHT = "window.height";
        static final String MAXIMIZED = "window.maximized";
        static final String LEFT_DIVIDER = "divider.list";
        static final String RIGHT_DIVIDER = "divider.sidebar";
        static final String DARK_THEME = "theme.dark";
        static final String READER_FONT_SIZE = "reader.fontSize";
        /** The note pane's keys, as the notes window's own file (notes-ui.properties) had them. */
        static final String NOTE_PANE_OPEN = "notePane.open";
        static final String NOTE_PANE_DIVIDER = "notePane.divider";
        static final String LAST_ARTICLE = "reader.lastArticle";
        static final String READER_SCROLL = "reader.scroll";
        static final String SOURCES_PANE_SHOWN = "sources.shown";

        private Keys() {
        }
    }
}
