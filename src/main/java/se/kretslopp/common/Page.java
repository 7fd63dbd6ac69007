package se.kretslopp.common;

import java.util.List;

/** One page of a list: at most {@link #MAX_SIZE} entries, numbered from 0. */
public record Page<T>(List<T> items, int page, int size, long total) {

    public static final int MAX_SIZE = 100;
    public static final int DEFAULT_SIZE = 50;
}
