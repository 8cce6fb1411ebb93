package org.newslens.ui.theme;

import atlantafx.base.theme.Styles;
import java.time.LocalDate;
import javafx.css.PseudoClass;
import javafx.scene.control.DatePicker;
import javafx.scene.control.Tooltip;
import javafx.util.StringConverter;
import org.newslens.dates.ReadableDates;

/**
 * Date pickers that read what people type: ISO ({@code 2009-01-01}) or the locale's short or medium
 * form, shown in the one date style. Text that is no date is marked invalid (the field turns red and
 * carries {@link #INVALID}) and leaves the value empty; nothing ever throws.
 */
public final class DateFields {
    /** Style class on a date picker whose text is not a date. */
    public static final String INVALID = "invalid-date";
    private static final PseudoClass DANGER = Styles.STATE_DANGER;

    private DateFields() {
    }

    public static DatePicker install(DatePicker picker) {
        picker.setConverter(new StringConverter<>() {
            @Override
            public String toString(LocalDate date) {
                return date == null ? "" : ReadableDates.day(date);
            }

            @Override
            public LocalDate fromString(String text) {
                return ReadableDates.parse(text).orElse(null);
            }
        });
        picker.setTooltip(new Tooltip("A date such as 2009-01-01 or " + ReadableDates.day(LocalDate.of(2009, 1, 31))));
        picker.getEditor().textProperty().addListener((obs, old, now) -> mark(picker, now));
        return picker;
    }

    private static void mark(DatePicker picker, String text) {
        boolean invalid = text != null && !text.isBlank() && ReadableDates.parse(text).isEmpty();
        picker.getStyleClass().remove(INVALID);
        if (invalid) {
            picker.getStyleClass().add(INVALID);
        }
        picker.pseudoClassStateChanged(DANGER, invalid);
        picker.getEditor().pseudoClassStateChanged(DANGER, invalid);
    }
}
