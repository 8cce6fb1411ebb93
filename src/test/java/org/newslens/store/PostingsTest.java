package org.newslens.store;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;

import org.junit.jupiter.api.Test;

class PostingsTest {
    @Test
    void intersectAndUnionOfSortedIds() {
        int[] a = {1, 3, 5, 7, 9};
        int[] b = {2, 3, 4, 9, 10};
        assertArrayEquals(new int[] {3, 9}, Postings.intersect(a, b));
        assertArrayEquals(new int[] {1, 2, 3, 4, 5, 7, 9, 10}, Postings.union(a, b));
        assertArrayEquals(new int[] {}, Postings.intersect(a, new int[0]));
        assertArrayEquals(a, Postings.union(a, new int[0]));
    }
}
