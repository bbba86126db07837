package jp.mamori.web;

import java.util.List;

/**
 * One page of a list: the items, the zero-based page number, the page size and the total count. Every
 * register's list and API page uses it, so that paging reads and clamps the same everywhere. Immutable.
 */
public record ResultPage<T>(List<T> items, int page, int size, long total) {

    public static final int DEFAULT_SIZE = 25;
    public static final int MAX_SIZE = 200;

    public ResultPage {
        items = List.copyOf(items);
    }

    public int totalPages() {
        return (int) Math.max(1, (total + size - 1) / size);
    }

    public boolean hasPrevious() {
        return page > 0;
    }

    public boolean hasNext() {
        return page + 1 < totalPages();
    }

    public static int clampSize(Integer requested) {
        if (requested == null || requested < 1) {
            return DEFAULT_SIZE;
        }
        return Math.min(requested, MAX_SIZE);
    }

    public static int clampPage(Integer requested) {
        return requested == null || requested < 0 ? 0 : requested;
    }
}
