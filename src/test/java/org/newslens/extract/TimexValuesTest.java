package org.newslens.extract;

import org.junit.jupiter.api.Test;

import java.time.LocalDate;

import static org.junit.jupiter.api.Assertions.assertEquals;

class TimexValuesTest {
    @Test
    void granularityOfPointValues() {
        assertEquals('Y', TimexValues.granularity("2009"));
        assertEquals('Q', TimexValues.granularity("2009-Q3"));
        assertEquals('H', TimexValues.granularity("2009-H2"));
        assertEquals('M', TimexValues.granularity("2009-03"));
        assertEquals('W', TimexValues.granularity("2009-W13"));
        assertEquals('D', TimexValues.granularity("2009-03-03"));
        assertEquals('T', TimexValues.granularity("2009-03-03T17:30"));
        assertEquals(0, TimexValues.granularity("P3D"));
        assertEquals(0, TimexValues.granularity("PRESENT_REF"));
    }

    @Test
    void shiftingKeepsAPeriodFinerThanTheUnit() {
        assertEquals("2022-Q3", TimexValues.shiftKeeping("2023-Q3", -1, 'Y'));
        assertEquals("2022-03", TimexValues.shiftKeeping("2023-03", -1, 'Y'));
        assertEquals("2022", TimexValues.shiftKeeping("2023-03-14", -1, 'Y'));   // a day: the year
        assertEquals("2001", TimexValues.shiftKeeping("1998", 3, 'Y'));
    }

    @Test
    void pointsAtAGranularity() {
        LocalDate d = LocalDate.of(2024, 12, 30);                 // ISO week 1 of 2025
        assertEquals("2025-W01", TimexValues.at(d, 'W'));
        assertEquals("2024-Q4", TimexValues.at(d, 'Q'));
        assertEquals("2024-H2", TimexValues.at(d, 'H'));
        assertEquals("202", TimexValues.at(d, 'E'));
    }

    @Test
    void durationsOfUnits() {
        assertEquals("P10Y", TimexValues.duration("1", 'E'));
        assertEquals("P2.5Y", TimexValues.duration("2.5", 'Y'));
        assertEquals("PT4H", TimexValues.duration("4", 'H'));
        assertEquals("PXY", TimexValues.duration("X", 'E'));
        assertEquals(3, TimexValues.number("three"));
        assertEquals('W', TimexValues.unit("weeks"));
    }
}
